import sandboxTransaction from './sandbox-transaction';

/** The payment record itself is the app's api::payment.payment (src/api/payment); the plugin keeps only the sandbox gateway's transactions. */
export default { 'sandbox-transaction': sandboxTransaction };
