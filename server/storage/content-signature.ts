import { Transform, type TransformCallback } from 'node:stream';
import type { DomainError } from '../../domain/error-codes';
import { dossierMessages, refusal } from '../../domain/messages';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Leading bytes of each accepted format: the declared content type is a claim, the bytes are the fact. */
const SIGNATURES: Readonly<Record<string, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/msword': OLE2,
  'application/vnd.ms-excel': OLE2,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
};

function mismatch(contentType: string): DomainError {
  return refusal(dossierMessages.contentMismatch, { contentType }, 'contentType');
}

/** Passes bytes through once their first ones match `contentType`'s signature; fails the stream otherwise. */
export class SignatureCheck extends Transform {
  private readonly expected: readonly number[];
  private head = Buffer.alloc(0);
  private checked = false;

  constructor(private readonly contentType: string) {
    super();
    this.expected = SIGNATURES[contentType] ?? [];
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.checked) return done(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < this.expected.length) return done();
    if (!this.matches()) return done(mismatch(this.contentType));
    this.checked = true;
    done(null, this.head);
  }

  override _flush(done: TransformCallback): void {
    if (this.checked) return done();
    // Shorter than the signature: only acceptable when there is none to check.
    done(this.expected.length ? mismatch(this.contentType) : null, this.head);
  }

  private matches(): boolean {
    return this.expected.every((byte, i) => this.head[i] === byte);
  }
}
