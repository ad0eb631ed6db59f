// What the routes that take or give files share: the download's file name header and the upload
// that went past the multipart size limit.

/** RFC 6266: an ASCII fallback, then the UTF-8 name, since most files here have Chinese names. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The multipart parser's error for a file past its `fileSize` limit. */
export function isFileTooLarge(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE';
}
