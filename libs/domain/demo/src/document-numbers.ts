import { present, type SeededRandom } from '@lib/domain/core';
import type { SourceDocument } from '@lib/domain/task';

interface Issued {
  issuer: string;
  suffix: string;
  date: string;
  order: number;
  document: SourceDocument;
}

/**
 * Document numbers as offices write them ("2128/UBND-TH", "56/SXD-QLXD"): one running number per
 * issuing office and year, rising with the document date. Documents are handed out first with
 * their date and filled in by `finalise()`, once every document of the demo is known, so the
 * numbers rise in date order whatever order the tasks were generated in. Numbers given in
 * scenarios.md are reserved and skipped.
 */
export class DocumentNumbers {
  private readonly issued: Issued[] = [];
  private readonly reserved = new Map<string, Set<number>>();
  private readonly paces = new Map<string, readonly [number, number]>();
  private finalised = false;

  constructor(private readonly random: SeededRandom) {}

  /** `issuer` keys the running number (an office); `suffix` is what follows the slash. */
  issue(issuer: string, suffix: string, date: string): SourceDocument {
    if (this.finalised) throw new Error('document numbers are already final');
    const document: SourceDocument = { number: '', date };
    this.issued.push({ issuer, suffix, date, order: this.issued.length, document });
    return document;
  }

  reserve(issuer: string, number: number): void {
    const numbers = this.reserved.get(issuer) ?? new Set<number>();
    numbers.add(number);
    this.reserved.set(issuer, numbers);
  }

  /** How many other documents an issuer writes between two demo ones (a city writes many more than a ward). */
  setPace(issuer: string, min: number, max: number): void {
    this.paces.set(issuer, [min, max]);
  }

  finalise(): void {
    this.finalised = true;
    const byIssuer = new Map<string, Issued[]>();
    for (const entry of this.issued) byIssuer.set(entry.issuer, [...(byIssuer.get(entry.issuer) ?? []), entry]);
    for (const issuer of [...byIssuer.keys()].sort()) {
      const entries = present(byIssuer.get(issuer), `the documents of ${issuer}`).sort(
        (a, b) => a.date.localeCompare(b.date) || a.order - b.order,
      );
      const reserved = this.reserved.get(issuer) ?? new Set<number>();
      const [min, max] = this.paces.get(issuer) ?? [1, 4];
      let number = this.random.integer(1, 20);
      for (const entry of entries) {
        number += this.random.integer(min, max);
        while (reserved.has(number)) number += 1;
        entry.document.number = `${number}/${entry.suffix}`;
      }
    }
  }
}

/** A one-stop dossier code as the provincial platform prints it: agency code, date, sequence. */
export function dossierCode(agencyCode: string, date: string, sequence: number): string {
  return `${agencyCode}-${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}
