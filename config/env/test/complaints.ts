// Tests file many complaints from one address: the throttles are off unless a test switches them on.
export default () => ({ throttle: { enabled: false, windowMs: 60 * 60 * 1000, maxPerAddress: 5, maxPerMobile: 3, maxLookupsPerAddress: 30 } });
