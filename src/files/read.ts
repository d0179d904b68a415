import {isUtf8} from 'node:buffer'
import {closeSync, constants, fstatSync, openSync, readFileSync, readSync} from 'node:fs'

/** Reading a file either gives its text, or says why it is not lintable. */
export type ReadOutcome = {ok: true; text: string} | {ok: false; fatal: string} | {ok: false; error: string}

/**
 * Reads a file as UTF-8 text. A file above the size limit is refused before it is read; bytes
 * that are not UTF-8 text (invalid sequences, NUL) make a fatal finding for that file only.
 */
export async function readText(path: string, maxBytes: number, label = path): Promise<ReadOutcome> {
  let fd: number | undefined
  try {
    // Synchronous calls: a posting is small, and the promise file handle costs more than the read.
    // Non-blocking, so that opening a named pipe does not wait for a writer; a pipe or a device
    // (which may never end) is then refused like anything else that is not a regular file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const info = fstatSync(fd)
    if (info.isDirectory()) return {ok: false, error: `${label}: is a directory, expected a file`}
    if (!info.isFile()) return {ok: false, error: `${label}: not a regular file`}
    if (info.size > maxBytes) return {ok: false, error: `${label}: file is ${formatBytes(info.size)}, above the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)`}
    return decodeText(readOpen(fd, info.size))
  } catch (error) {
    return {ok: false, error: `${label}: ${reasonOf(error)}`}
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * The bytes of an open regular file of `size` bytes, as readFileSync would read them (up to the
 * size it had when opened), without the second fstat that readFileSync makes.
 */
function readOpen(fd: number, size: number): Buffer {
  // A file that says it is empty may still have content (some virtual files): read it to its end.
  if (size === 0) return readFileSync(fd)
  const buffer = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null)
    if (n === 0) break
    filled += n
  }
  return filled < size ? buffer.subarray(0, filled) : buffer
}

export function decodeText(buffer: Uint8Array): ReadOutcome {
  if (buffer.includes(0)) return {ok: false, fatal: 'File is not UTF-8 text (it contains NUL bytes)'}
  // Checked, then decoded without a check: Node's own UTF-8 check and decoder are quicker than
  // TextDecoder's checking one, and accept exactly the same bytes (test/read-text.test.ts).
  if (!isUtf8(buffer)) return {ok: false, fatal: 'File is not UTF-8 text (invalid byte sequence)'}
  // TextDecoder drops a byte order mark at the start: so does this.
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0
  return {ok: true, text: Buffer.from(buffer.buffer, buffer.byteOffset + bom, buffer.byteLength - bom).toString('utf8')}
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} KB`
  return `${n} bytes`
}

/** Parses sizes such as `5mb`, `512kb`, `1048576`. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text)
  if (!m) return null
  const unit = (m[2] ?? 'b').toLowerCase()
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1
  return Math.floor(Number(m[1]) * mult)
}

/**
 * Why a file or folder could not be used, as one short phrase; `phrases` words some codes for
 * the place it is said (an output file's missing folder).
 */
export function reasonOf(error: unknown, phrases: Record<string, string> = {}): string {
  const e = error as NodeJS.ErrnoException
  if (e.code && Object.hasOwn(phrases, e.code)) return phrases[e.code] as string
  switch (e.code) {
    case 'ENOENT':
      return 'No such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied'
    case 'EISDIR':
      return 'is a directory, expected a file'
    case 'ENOTDIR':
      return 'Not a directory'
    case 'ELOOP':
      return 'symbolic link loop'
    default:
      return e.message
  }
}
