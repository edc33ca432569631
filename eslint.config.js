// ESLint flat config. Besides the usual TypeScript and React-hooks checks, it encodes the
// architecture: which folder may import which, and that only src/office/ touches `Office`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

// Office.js globals that only src/office/ may use; everywhere else goes through the Host.
const officeGlobals = ['Office', 'OfficeRuntime', 'Outlook'].map((name) => ({
  name,
  message: 'Only src/office/ touches Office.js: go through the Host (src/office/host.ts).',
}));

// …and not by another name either: no local `declare const Office`, no `typeof Office`, no Office
// types. The send guard (src/events/) reads the email through src/office/sendGuardOffice.ts.
const officeAnywhere = {
  selector: 'Identifier[name=/^(Office|OfficeRuntime|Outlook)$/]',
  message: 'Only src/office/ touches Office.js, its types included: use an adapter there (host.ts, sendGuardOffice.ts).',
};

const reactOrFluent = {
  group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*', '@testing-library/*'],
  message: 'src/domain is pure TypeScript: no React or Fluent.',
};
const outsideDomain = {
  // From src/domain/ and from its subfolders (fields/, requests/, recognisers/, search/).
  group: ['ui', 'office', 'events', 'preview', 'taskpane', 'tab'].flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`]),
  message: 'src/domain imports nothing outside src/domain.',
};
// Code, not types (a start-up result's shape is fine), from src/ui/ and its folders, up to
// src/ui/lazy/request/ (three levels below src/).
const upTo = ['../', '../../', '../../../', '../../../../'];
const officeModules = (modules) => ({
  allowTypeImports: true,
  group: [...modules.flatMap((module) => upTo.map((up) => `${up}office/${module}*`)), '@microsoft/teams-js'],
  message: 'The UI talks to the Host interface; entry points choose the implementation.',
});
const realHosts = ['officeHost', 'officeAsync', 'officeReady', 'teamsHost', 'teamsJs', 'lazyTeams', 'sendGuardOffice'];
// The UI's own code may not build a host at all (its tests and test/support/ may use the in-memory ones).
const officeImplementations = officeModules([...realHosts, 'memoryHost', 'scenario', 'fakeTeams']);

export default tseslint.config(
  { ignores: ['dist/**', 'dist-preview/**', 'coverage/**', 'reports/**', 'test-results/**', 'node_modules/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'office-addins': officeAddins },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'office-addins/no-office-initialize': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // import() type annotations name lazy chunks' exports without loading them.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // New in react-hooks 7 (React Compiler guidance); the three resets it flags are deliberate.
      'react-hooks/set-state-in-effect': 'warn',
      // Office callbacks and test fakes are loosely typed by nature; these are reviewed by hand.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      'no-restricted-globals': ['error', ...officeGlobals],
      'no-restricted-syntax': ['error', officeAnywhere],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [reactOrFluent, outsideDomain] }] },
  },
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [officeImplementations] }] },
  },
  {
    // Host methods are async so that a synchronous throw becomes a rejection, as the contract says.
    files: ['src/office/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // The one place Office.js may be touched, and tests that stand in for it.
    files: ['src/office/**', 'test/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `getByRole(...) as HTMLInputElement` reads better in a test than a type argument.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Hostile-input tests spell out control characters on purpose.
      'no-control-regex': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
