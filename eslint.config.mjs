// ESLint flat config: typescript-eslint recommended, and the core kept editor-free.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-test-web/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // src/core is shared by the editor, the web worker and the CLI: it must never reach for the editor API.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must stay editor-free: move editor code to src/features.' }],
        patterns: [{ group: ['**/features/**', '**/cli/**'], message: 'src/core must not depend on glue code.' }],
      }],
    },
  },
);
