import path from 'node:path'

/** Whether a `path.relative` result stays inside its folder (and is not the folder itself). */
export function inside(relative: string): boolean {
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

/**
 * How a file is named to the user: relative to `cwd` when it is inside it (a folder named `..x`
 * is), else as given; with forward slashes. A name in angle brackets (`<text>`, `<stdin>`) is
 * not a path and stays as it is.
 */
export function displayPath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath
  const relative = path.relative(cwd, filePath)
  return (inside(relative) ? relative : filePath).split(path.sep).join('/')
}
