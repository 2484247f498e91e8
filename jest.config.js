/**
 * One jest run covers everything: unit tests of the domain rules, API tests that boot the real
 * app (SQLite by default, PostgreSQL when DATABASE_URL is set) and the browser tests (Chromium).
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/tests', '<rootDir>/plugins'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/.tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'],
  // the app's own providers (file: dependencies) resolve by name even where node_modules predates them
  modulePaths: ['<rootDir>/providers'],
  // the app's shared rules by name, as the plugins import them (package.json "exports" in dist/)
  moduleNameMapper: { '^poshtiban/(.*)$': '<rootDir>/src/$1' },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/tests/helpers/global-setup.js',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
  setupFiles: ['<rootDir>/tests/helpers/env.js'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
