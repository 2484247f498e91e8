/**
 * The reply box: «پاسخ آماده» (a saved reply's text is inserted where the caret is), the text, the
 * «یادداشت داخلی» switch (an internal note goes to staff only, a reply to the subscriber), files
 * (images and PDF, checked here for count, size and type; the server checks them again by content),
 * then POST /back-office/tickets/:documentId/messages as multipart (body, internal, attachments).
 */
import * as React from 'react';
import { Box, Button, Field, Flex, IconButton, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { Cross, Lock, Paperclip, PaperPlane } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText, fieldErrorOf } from '../../lib/text';
import { ATTACHMENT_LIMITS, type SavedReply } from '../api';
import { localDigits } from '../logic';
import { useDesk } from './ui';

const ACCEPTED = ATTACHMENT_LIMITS.accept.split(',');

/** The saved replies, read once per page (GET /back-office/saved-replies). */
const useSavedReplies = () => {
  const { get } = useFetchClient();
  const [replies, setReplies] = React.useState<SavedReply[] | null>(null);
  React.useEffect(() => {
    const controller = new AbortController();
    get<{ results: SavedReply[] }>('/back-office/saved-replies', { signal: controller.signal })
      .then(({ data }) => setReplies(data.results ?? []))
      .catch(() => !controller.signal.aborted && setReplies([]));
    return () => controller.abort();
  }, [get]);
  return replies;
};

export const ReplyBox = ({ documentId, onSent }: { documentId: string; onSent: () => Promise<void> | void }) => {
  const { say, language } = useDesk();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const savedReplies = useSavedReplies();
  const [body, setBody] = React.useState('');
  const [internal, setInternal] = React.useState(false);
  const [files, setFiles] = React.useState<File[]>([]);
  const [bodyError, setBodyError] = React.useState<string | null>(null);
  const [filesError, setFilesError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [savedChoice, setSavedChoice] = React.useState<string>('');
  const textarea = React.useRef<HTMLTextAreaElement>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const max = localDigits(ATTACHMENT_LIMITS.maxFiles, language);
  const size = localDigits(ATTACHMENT_LIMITS.maxMegabytes, language);

  /** A saved reply's text, put where the caret is (or at the end), on a line of its own. */
  const insertSaved = (id: string) => {
    const reply = savedReplies?.find((r) => String(r.id) === id);
    setSavedChoice('');
    if (!reply) return;
    const box = textarea.current;
    const start = box && document.activeElement === box ? box.selectionStart : body.length;
    const end = box && document.activeElement === box ? box.selectionEnd : body.length;
    const before = body.slice(0, start);
    const after = body.slice(end);
    const glue = before && !before.endsWith('\n') ? '\n' : '';
    const next = `${before}${glue}${reply.body}${after}`;
    setBody(next);
    setBodyError(null);
    const caret = before.length + glue.length + reply.body.length;
    window.requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(caret, caret);
    });
  };

  const addFiles = (chosen: FileList | null) => {
    if (!chosen) return;
    const next = [...files, ...Array.from(chosen)];
    if (fileInput.current) fileInput.current.value = '';
    const wrongType = next.find((file) => !ACCEPTED.includes(file.type));
    const tooBig = next.find((file) => file.size > ATTACHMENT_LIMITS.maxMegabytes * 1024 * 1024);
    if (next.length > ATTACHMENT_LIMITS.maxFiles) return setFilesError(say('reply.files.too-many', { max }));
    if (wrongType) return setFilesError(say('reply.files.wrong-type', { name: wrongType.name }));
    if (tooBig) return setFilesError(say('reply.files.too-big', { name: tooBig.name, size }));
    setFilesError(null);
    setFiles(next);
  };

  const send = async () => {
    if (!body.trim()) {
      setBodyError(say('reply.empty'));
      textarea.current?.focus();
      return;
    }
    setBusy(true);
    setBodyError(null);
    setFilesError(null);
    try {
      const form = new FormData();
      form.append('body', body);
      form.append('internal', internal ? 'true' : 'false');
      for (const file of files) form.append('attachments', file, file.name);
      await post(`/back-office/tickets/${encodeURIComponent(documentId)}/messages`, form);
      toggleNotification({ type: 'success', message: say(internal ? 'reply.noted' : 'reply.sent') });
      setBody('');
      setFiles([]);
      await onSent();
    } catch (e) {
      const field = fieldErrorOf(e);
      if (field?.field === 'body') setBodyError(field.text);
      else if (field?.field === 'attachments') setFilesError(field.text);
      else toggleNotification({ type: 'danger', message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      background={internal ? 'warning100' : 'neutral0'}
      borderColor={internal ? 'warning500' : 'neutral200'}
      borderStyle={internal ? 'dashed' : 'solid'}
      borderWidth="1px"
      hasRadius
      padding={4}
      data-testid="reply-box"
      data-internal={String(internal)}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="flex-start" gap={4} wrap="wrap">
          {/* to the subscriber, or a note for staff: two choices side by side, the chosen one marked */}
          <Flex gap={0} role="radiogroup" aria-label={say('reply.internal')} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px" padding={1} background="neutral100">
            <Button
              variant={internal ? 'ghost' : 'secondary'}
              role="radio"
              aria-checked={!internal}
              onClick={() => setInternal(false)}
              data-testid="public-reply-toggle"
            >
              {say('reply.title')}
            </Button>
            <Button
              variant={internal ? 'secondary' : 'ghost'}
              role="radio"
              aria-checked={internal}
              startIcon={<Lock />}
              onClick={() => setInternal(true)}
              data-testid="internal-note-toggle"
            >
              {say('reply.internal')}
            </Button>
          </Flex>
        </Flex>

        <Field.Root name="saved-reply">
          <Field.Label>{say('reply.saved')}</Field.Label>
          <SingleSelect
            value={savedChoice}
            placeholder={savedReplies && !savedReplies.length ? say('reply.saved.none') : say('reply.saved.placeholder')}
            disabled={!savedReplies?.length || busy}
            onChange={(value: string | number) => insertSaved(String(value))}
            data-testid="saved-reply-picker"
          >
            {(savedReplies ?? []).map((reply) => (
              <SingleSelectOption key={reply.id} value={String(reply.id)}>
                {reply.title}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>

        <Field.Root name="body" error={bodyError ?? undefined} hint={say(internal ? 'reply.internal.hint' : 'reply.public.hint')} required>
          <Field.Label>{say(internal ? 'reply.body.note' : 'reply.body')}</Field.Label>
          <Textarea
            ref={textarea}
            dir="auto"
            value={body}
            rows={6}
            disabled={busy}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => {
              setBody(e.target.value);
              if (bodyError) setBodyError(null);
            }}
            data-testid="reply-body"
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>

        <Field.Root name="attachments" error={filesError ?? undefined} hint={say('reply.files.hint', { max, size })}>
          <Field.Label>{say('reply.files')}</Field.Label>
          <Flex gap={2} wrap="wrap" alignItems="center">
            <input
              ref={fileInput}
              type="file"
              multiple
              accept={ATTACHMENT_LIMITS.accept}
              style={{ display: 'none' }}
              onChange={(e) => addFiles(e.target.files)}
              data-testid="reply-files"
            />
            <Button variant="tertiary" startIcon={<Paperclip />} onClick={() => fileInput.current?.click()} disabled={busy || files.length >= ATTACHMENT_LIMITS.maxFiles}>
              {say('reply.files.add')}
            </Button>
            {files.map((file, index) => (
              <Flex key={`${file.name}-${index}`} gap={1} alignItems="center" background="neutral100" hasRadius paddingLeft={2} paddingRight={1}>
                <Typography variant="pi" dir="auto">
                  {file.name}
                </Typography>
                <IconButton
                  label={say('reply.files.remove', { name: file.name })}
                  variant="ghost"
                  size="S"
                  onClick={() => setFiles(files.filter((_, i) => i !== index))}
                >
                  <Cross />
                </IconButton>
              </Flex>
            ))}
          </Flex>
          <Field.Hint />
          <Field.Error />
        </Field.Root>

        <Flex justifyContent="flex-end">
          <Button
            size="L"
            variant={internal ? 'secondary' : 'default'}
            startIcon={<PaperPlane />}
            loading={busy}
            onClick={() => void send()}
            data-testid="send-reply"
          >
            {say(internal ? 'reply.send.note' : 'reply.send')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
