/** The knowledge base in the admin (issue 13): the «بازخورد خوانندگان» panel on an article's page. */
export { ArticleFeedbackPanel } from './ArticleFeedbackPanel';
export { articleFeedbackTranslations } from './translations';
