// Tests run jobs by calling their services directly. A test of whole app processes
// (tests/fault/two-instances.test.ts) turns the scheduler on with SCHEDULER_IN_TESTS=true.
export default ({ env }) => ({ enabled: env.bool('SCHEDULER_IN_TESTS', false) });
