// The bulletin as PDF, through LibreOffice when the server has it. Conversion needs a real office
// suite to lay out Chinese text faithfully, so rather than approximate it the product offers PDF
// only where `soffice` is on the PATH, and says so with null everywhere else.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PdfOptions {
  /** The PATH to search; the process's own when left out. */
  searchPath?: string;
  /** LibreOffice's first start can take a while; a hung conversion is stopped after this. */
  timeoutMs?: number;
}

const NAMES = ['soffice', 'libreoffice'];

/** The first soffice (or libreoffice) executable on the PATH, or null. */
export async function findOffice(searchPath: string = process.env.PATH ?? ''): Promise<string | null> {
  for (const directory of searchPath.split(delimiter).filter((entry) => entry !== '')) {
    for (const name of NAMES) {
      const candidate = join(directory, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not here; try the next place.
      }
    }
  }
  return null;
}

/** PDF bytes of a .docx, or null when LibreOffice is not installed. */
export async function bulletinToPdf(
  docxBytes: Uint8Array,
  options: PdfOptions = {},
): Promise<Uint8Array | null> {
  const office = await findOffice(options.searchPath);
  if (office === null) return null;
  const directory = await mkdtemp(join(tmpdir(), 'duban-pdf-'));
  try {
    const source = join(directory, 'bulletin.docx');
    await writeFile(source, docxBytes);
    // A private profile: a desktop LibreOffice already running would otherwise swallow the request.
    const profile = pathToFileURL(join(directory, 'profile')).href;
    const args = [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      directory,
      source,
    ];
    await run(office, args, options.timeoutMs ?? 120_000);
    return new Uint8Array(await readFile(join(directory, 'bulletin.pdf')));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

function run(file: string, args: readonly string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout }, (error) =>
      error
        ? reject(new Error(`LibreOffice could not convert the file: ${error.message}`, { cause: error }))
        : resolve(),
    );
  });
}
