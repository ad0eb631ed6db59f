// The dependency rule of docs/ARCHITECTURE.md as lint configuration, one block per layer.
// eslint.config.js applies these blocks; tests/unit/lint-layers.test.ts lints probe files
// against them to prove that each ban fires at any folder depth.
import { builtinModules } from 'node:module';

const everyBuiltin = builtinModules.filter((name) => !name.startsWith('_'));
const withAndWithoutPrefix = (names) => names.flatMap((name) => [name, `node:${name}`]);

/** Node modules that touch the world: files, network, processes, the host. */
const ioBuiltins = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'http2',
  'https',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'child_process',
  'cluster',
  'worker_threads',
  'os',
  'process',
  'readline',
  'readline/promises',
  'inspector',
  'v8',
  'vm',
];

/** Packages that do IO or belong to an outer layer (storage, serving, documents, browsers). */
const ioPackages = [
  'pg',
  '@electric-sql/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'fastify',
  'fastify-*',
  '@fastify/*',
  'pino',
  'pino-*',
  '@node-rs/*',
  'playwright-core',
  'autocannon',
];

/** Packages that read or write office documents: allowed in the importer and exporter only. */
const documentPackages = ['exceljs', 'docx', 'mammoth', 'jszip', 'node-html-parser', '@resvg/*', 'echarts'];

const serverLayers = (layers) => layers.map((layer) => `**/${layer}/**`);

const clockBan = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'pure code takes the time as an argument (a Clock or a Date), never reads it',
    },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'pure code takes the time as an argument (a Clock or a Date), never reads it',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'pure code takes the time as an argument (a Clock or a Date), never reads it',
    },
  ],
};

/** `typeOnly`: patterns a layer may import types (never values) from. */
const importBan = (patterns, paths, message, typeOnly = [], regexes = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: [
        ...(patterns.length > 0 ? [{ group: patterns, message }] : []),
        ...regexes.map((regex) => ({ regex, message })),
        ...(typeOnly.length > 0
          ? [{ group: typeOnly, message: `${message} (types only)`, allowTypeImports: true }]
          : []),
      ],
    },
  ],
});

export const layerBlocks = [
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...importBan(
        [
          ...serverLayers(['importer', 'services', 'db', 'http', 'cli', 'exporter', 'web']),
          ...ioPackages,
          ...documentPackages,
        ],
        withAndWithoutPrefix(everyBuiltin),
        'core is pure: no node built-ins, no IO or document packages, no outer layers',
      ),
      ...clockBan,
    },
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: {
      // The API's shapes, shared by the server and the web: zod, other contracts (./x) and pure
      // core (../core/x), nothing else, so the web can read them and the server cannot leak in.
      ...importBan(
        [],
        [],
        'a contract imports only zod, other contracts and pure core',
        [],
        ['^(?!zod$)(?!\\./[^/]+$)(?!\\.\\./core/)'],
      ),
      ...clockBan,
    },
  },
  {
    files: ['src/importer/**/*.ts'],
    rules: {
      // Reading a notice is computation over bytes: zlib and the document parsers are allowed;
      // files, network, processes and the clock are not.
      ...importBan(
        [...serverLayers(['services', 'db', 'http', 'cli', 'exporter', 'web']), ...ioPackages],
        withAndWithoutPrefix(ioBuiltins),
        'the importer depends on core only and does no IO: it is given bytes and returns a plan',
      ),
      ...clockBan,
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: importBan(
      serverLayers(['db', 'http', 'cli', 'importer', 'exporter', 'web']),
      [],
      'services declare repository types; db implements them, and outer layers call services',
    ),
  },
  {
    files: ['src/db/**/*.ts'],
    rules: importBan(
      [...serverLayers(['http', 'cli', 'importer', 'exporter', 'web'])],
      [],
      'db serves the services only: it never calls them',
      [],
      // The repository types (and the lists of allowed values beside them) live in services'
      // *.types.ts files and store.ts; db implements them and never calls a use case.
      ['(^|/)services/(?!store\\.ts$)(?!.*\\.types\\.ts$)'],
    ),
  },
  {
    files: ['src/http/**/*.ts'],
    rules: importBan(
      serverLayers(['db', 'cli', 'importer', 'web']),
      [],
      'http reaches storage only through services',
    ),
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: importBan(
      [
        ...['services', 'db', 'http', 'cli', 'importer', 'exporter'].map((layer) => `**/src/${layer}/**`),
        ...ioPackages,
      ],
      withAndWithoutPrefix(everyBuiltin),
      'the web may import only contracts (types) and pure core helpers from the server side',
      // error-codes.ts and session-hint.ts are plain data (no imports) the web reads at run time.
      ['**/src/contracts/**', '!**/src/contracts/error-codes.ts', '!**/src/contracts/session-hint.ts'],
    ),
  },
];
