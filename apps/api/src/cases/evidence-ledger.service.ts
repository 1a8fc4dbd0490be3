import { Injectable } from '@nestjs/common';
import { citedEventIds, type BundleLedger, type BundleLedgerEvent, type UnprovenCode } from '@lib/evidence-bundle';
import { canonicalEventBytes } from '@lib/ledger';
import { noteWithCosignatures, type CitedLeaf, type StoredCheckpoint } from '@lib/read-models/ledger';
import { LedgerReader } from '../ledger/ledger.reader';

/**
 * The evidence bundle's `ledger` part: the latest checkpoint (its signed note with the witnesses' cosignatures),
 * and for every event the bundle's readable part includes or names, its canonical encoding, its stored leaf hash
 * and its inclusion proof in that checkpoint's tree; or, when it has none yet, why, in Vietnamese. Publishing a
 * checkpoint is the publisher's, never the bundle's: an event recorded after the latest checkpoint is marked so.
 */
@Injectable()
export class EvidenceLedgerService {
  constructor(private readonly ledger: LedgerReader) {}

  async ledgerOf(readable: object): Promise<BundleLedger> {
    const { checkpoint, leaves } = await this.ledger.evidence.inclusionEvidence(citedEventIds(readable));
    return {
      origin: checkpoint ? checkpoint.note.slice(0, checkpoint.note.indexOf('\n')) : (this.ledger.verifier?.name ?? null),
      verifierKey: this.ledger.verifierKey() ?? null,
      checkpoint: checkpoint && {
        treeSize: checkpoint.treeSize,
        rootHash: checkpoint.rootHash.toString('base64'),
        note: noteWithCosignatures(checkpoint),
        publishedAt: checkpoint.publishedAt,
      },
      events: leaves.map((leaf) => this.entryOf(leaf, checkpoint)),
    };
  }

  private entryOf(leaf: CitedLeaf, checkpoint: StoredCheckpoint | null): BundleLedgerEvent {
    return {
      eventId: leaf.eventId,
      leafIndex: leaf.leafIndex,
      canonical: leaf.event ? canonicalEventBytes(leaf.event).toString('utf8') : null,
      leafHash: leaf.leafHash?.toString('base64') ?? null,
      proof: leaf.proof?.map((hash) => hash.toString('base64')) ?? null,
      unproven: leaf.gap === null ? null : { code: leaf.gap, reason: this.reasonOf(leaf.gap, leaf, checkpoint) },
    };
  }

  private reasonOf(code: UnprovenCode, leaf: CitedLeaf, checkpoint: StoredCheckpoint | null): string {
    switch (code) {
      case 'no-checkpoint': {
        if (!this.ledger.verifier)
          return 'Máy chủ chưa được cấu hình khóa ký sổ cái (LEDGER_SIGNING_KEY), nên không có checkpoint nào để chứng minh sự kiện.';
        const every = this.ledger.config.ledgerCheckpointMs;
        const when =
          every > 0
            ? `checkpoint được ký trong vòng ${Math.ceil(every / 1000)} giây khi nhật ký có thêm sự kiện`
            : 'việc ký checkpoint định kỳ đang tắt (LEDGER_CHECKPOINT_MS=0)';
        return `Sổ cái chưa ký checkpoint nào khi bộ chứng cứ được tạo (${when}): hãy tải lại bộ chứng cứ sau khi có checkpoint.`;
      }
      case 'after-checkpoint':
        return `Sự kiện được ghi sau checkpoint mới nhất (cây ${checkpoint?.treeSize ?? '?'} lá; sự kiện là lá số ${leaf.leafIndex ?? '?'}): hãy tải lại bộ chứng cứ sau khi checkpoint kế tiếp được ký.`;
      case 'not-hashed-yet':
        return 'Sự kiện vừa được ghi, sổ cái chưa băm tới: hãy tải lại bộ chứng cứ sau ít giây.';
      case 'tree-rebuilding':
        return 'Cây Merkle của sổ cái đang được dựng lại và chưa tới checkpoint mới nhất: hãy tải lại bộ chứng cứ sau.';
      case 'not-in-log':
        return `Không có sự kiện ${leaf.eventId} trong nhật ký.`;
    }
  }
}
