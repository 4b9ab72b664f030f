// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', 'test-output/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  },
  {
    // tests read JSON documents whose shape they assert
    files: ['__tests__/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  {
    // the core stays pure: no Actions toolkit, no CLI parser, no process exit
    files: ['src/config/**', 'src/engine/**', 'src/metrics/**', 'src/gate/**', 'src/report/**', 'src/run/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', 'commander', '../cli/*', '../action/*'] }
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'exit',
          message: 'only faces exit; throw InputError/UnreachableError'
        },
        {
          object: 'process',
          property: 'env',
          message: 'the core reads the environment only through loadConfig({ env })'
        }
      ]
    }
  }
)
