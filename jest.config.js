/** Native ESM (Payload ships ESM only): see DESIGN.md, "Known facts about the stack". */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  // The path aliases of tsconfig.json.
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@payload-types$': '<rootDir>/payload-types.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@collections/(.*)$': '<rootDir>/collections/$1',
    '^@commerce/(.*)$': '<rootDir>/plugins/commerce/$1',
  },
  testEnvironment: 'node',
}

export default {
  testTimeout: 120_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.js',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.js',
    },
  ],
}
