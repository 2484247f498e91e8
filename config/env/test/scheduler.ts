// Tests run jobs by calling their services directly.
export default () => ({ enabled: false });
