/** Rules of reading a file: bytes, frontmatter fences, YAML recovery. */
import { rule } from '../rule.js'

/** Which value a YAML recovery is about: the key's value, an item of its flow list, or a value nested in it. */
type Where = 'value' | 'item' | 'nested'
const subject = (where: Where, key: string) => (where === 'item' ? `An item of \`${key}\`` : where === 'nested' ? `A value in \`${key}\`` : `Value of \`${key}\``)

export const readRules = {
  'file-empty': rule({
    severity: 'error',
    explanation: 'The file is empty.',
    message: (d: { whitespace: boolean }) => (d.whitespace ? 'File holds only whitespace' : 'File is empty'),
  }),
  'file-binary': rule({
    severity: 'error',
    explanation: 'The file holds binary data, not text.',
    message: (d: { offset: number }) => `File holds a NUL byte at offset ${d.offset}: binary data, not text`,
  }),
  'file-encoding': rule({
    severity: 'error',
    explanation: 'The file is not valid UTF-8.',
    message: (d: { bom: string } | { byte: number; offset: number }) =>
      'bom' in d ? `File is ${d.bom} (it starts with a ${d.bom} byte-order mark), not UTF-8` : `File is not valid UTF-8 (byte 0x${d.byte.toString(16).padStart(2, '0')} at offset ${d.offset})`,
  }),
  'file-too-large': rule({
    severity: 'error',
    explanation: 'The file is larger than the size limit (`--max-size`).',
    message: (d: { bytes: number; limit: number }) => `File is ${d.bytes} bytes, over the limit of ${d.limit} bytes`,
  }),
  'file-read': rule({ severity: 'error', explanation: 'The file could not be read.', message: (d: { reason: string }) => `Cannot read the file: ${d.reason}` }),
  'source-bom': rule({ severity: 'info', explanation: 'A byte-order mark was removed.', message: () => 'Removed a byte-order mark' }),
  'source-crlf': rule({ severity: 'info', explanation: 'CRLF line endings were normalised to LF.', message: () => 'Normalised CRLF line endings to LF' }),
  // frontmatter fences
  'fence-long': rule({
    severity: 'warning',
    explanation: 'A frontmatter fence longer than `---` was read as `---`.',
    message: (d: { fence: 'Opening' | 'Closing'; dashes: number }) => `${d.fence} fence has ${d.dashes} dashes; read it as \`---\``,
  }),
  'fence-indented': rule({
    severity: 'warning',
    explanation: 'The whole file is indented; it was read dedented.',
    message: (d: { width: number }) => `File is indented by ${d.width} characters; read it dedented`,
  }),
  'fence-not-frontmatter': rule({
    severity: 'warning',
    explanation: 'The file starts with `---`, but what follows is not frontmatter; the file was read as Markdown.',
    message: (d: { yaml: boolean }) =>
      d.yaml
        ? 'The block between the `---` lines is not a mapping of keys to values; read the file as Markdown'
        : 'The block between the `---` lines is not YAML and holds no `key: value` line; read the file as Markdown',
  }),
  'fence-unclosed': rule({
    severity: 'warning',
    explanation: 'The frontmatter has no closing `---`.',
    message: (d: { endsAt: number } | { endsAfter: number } | { atEnd: true }) =>
      `Frontmatter has no closing \`---\`; read it as ending ${'endsAt' in d ? `at line ${d.endsAt}` : 'endsAfter' in d ? `after line ${d.endsAfter}` : 'at the end of the file'}`,
  }),
  // YAML recovery
  'yaml-invalid': rule({ severity: 'error', explanation: 'The frontmatter is not valid YAML and could not be recovered.', message: (d: { reason: string }) => d.reason }),
  'yaml-not-mapping': rule({ severity: 'error', explanation: 'The frontmatter is not a mapping of keys to values.', message: (d: { reason: string }) => d.reason }),
  'yaml-unquoted-colon': rule({
    severity: 'warning',
    explanation: 'A value holds an unquoted `: `; it was read as plain text.',
    message: (d: { key: string; where: Where }) => `${subject(d.where, d.key)} holds an unquoted \`: \`; read as plain text`,
  }),
  'yaml-unindented-continuation': rule({
    severity: 'warning',
    explanation: 'A value continues on lines that are not indented; they were read as part of it.',
    message: (d: { key: string; quoted: true; first: number } | { key: string; quoted: false; line: number; more: number }) =>
      d.quoted
        ? `Quoted value of \`${d.key}\` continues on lines that are not indented (first at line ${d.first}); read them as part of it`
        : `Line is not indented, yet continues the value of \`${d.key}\` (line ${d.line}, ${d.more} more line(s)); read as part of it`,
  }),
  'yaml-alias-value': rule({
    severity: 'warning',
    explanation: 'A value starts with `*` (a YAML alias); it was read as plain text.',
    message: (d: { key: string; where: Where }) => `${subject(d.where, d.key)} starts with \`*\`, a YAML alias; read as plain text`,
  }),
  'yaml-text-after-quote': rule({
    severity: 'warning',
    explanation: 'Text follows a closing quote; the whole value was read as plain text.',
    message: (d: { key: string }) => `Text follows the closing quote in \`${d.key}\`; read the whole value as plain text`,
  }),
  'yaml-invalid-value': rule({
    severity: 'warning',
    explanation: 'A value is not valid YAML; it was read as plain text.',
    message: (d: { key: string; where: Where; read: 'plain' | 'quoted' | 'kept' } | { key: string; block: true } | { key: string; reserved: string }) =>
      'block' in d
        ? `Block value of \`${d.key}\` is not indented consistently; read as written`
        : 'reserved' in d
          ? `Value of \`${d.key}\` starts with \`${d.reserved}\`, which YAML reserves; read as plain text`
          : `${subject(d.where, d.key)} is not valid YAML; ${d.read === 'plain' ? 'read as plain text' : d.read === 'quoted' ? 'read the quoted text' : 'kept as written'}`,
  }),
  'yaml-duplicate-key': rule({
    severity: 'warning',
    explanation: 'A key appears twice; the first value was kept.',
    message: (d: { key: string }) => `Key \`${d.key}\` appears again; kept the first value`,
  }),
  'yaml-key-case': rule({
    severity: 'warning',
    explanation: 'A known key is not lower-case; it was read as its lower-case form.',
    message: (d: { key: string; canonical: string }) => `Key \`${d.key}\` read as \`${d.canonical}\``,
  }),
  'yaml-stray-line': rule({ severity: 'warning', explanation: 'A frontmatter line belongs to no key; it was ignored.', message: () => 'Line belongs to no key; ignored' }),
  'yaml-escaped-newline': rule({
    severity: 'warning',
    explanation: 'A literal `\\n` in a value was read as a newline.',
    message: () => 'Description holds literal `\\n`; read as newlines',
  }),
  'yaml-alias-limit': rule({
    severity: 'error',
    explanation: 'The frontmatter expands YAML aliases beyond the limit (an alias bomb); it was refused.',
    message: (d: { limit: number }) => `Frontmatter expands YAML aliases more than ${d.limit} times (an alias bomb); refused`,
  }),
  'yaml-invalid-escape': rule({
    severity: 'warning',
    explanation: 'A double-quoted value holds an escape YAML does not know; the backslash was kept as written.',
    message: (d: { key: string }) => `Value of \`${d.key}\` holds an escape YAML does not know; kept the backslash as written`,
  }),
  'yaml-unescaped-quote': rule({
    severity: 'warning',
    explanation: 'A quoted value holds its own quote character unescaped; it was read as part of the text.',
    message: (d: { key: string; quote: string }) => `Value of \`${d.key}\` holds an unescaped \`${d.quote}\` inside its quotes; read it as part of the text`,
  }),
  'yaml-unclosed-quote': rule({
    severity: 'warning',
    explanation: 'A value opens a quote it never closes; it was read as plain text.',
    message: (d: { key: string }) => `Value of \`${d.key}\` opens a quote it never closes; read as plain text`,
  }),
  'yaml-comment': rule({
    severity: 'info',
    explanation: 'Comments in the frontmatter are not data; they are not carried into any output.',
    message: (d: { count: number }) => `${d.count} comment(s) in the frontmatter are not data; left out of every output`,
  }),
  'yaml-recovered': rule({
    severity: 'warning',
    explanation: 'The frontmatter is not valid YAML as a whole, though each key is; it was read key by key.',
    message: () => 'Frontmatter is not valid YAML as a whole; read it key by key',
  }),
}
