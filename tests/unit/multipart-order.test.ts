import { inRequestOrder, stampArrivalOrder } from '../../src/utils/multipart-order';

test('files come back in the order their parts began, whatever order they finished in', () => {
  const first = { name: 'big.pdf' };
  const second = { name: 'small.png' };
  const third = { name: 'c.jpg' };
  stampArrivalOrder('attachments', first);
  stampArrivalOrder('attachments', second);
  stampArrivalOrder('attachments', third);
  expect(inRequestOrder([second, third, first])).toEqual([first, second, third]);
});

test('files without a stamp keep their place', () => {
  const a = { name: 'a' };
  const b = { name: 'b' };
  expect(inRequestOrder([b, a])).toEqual([b, a]);
});
