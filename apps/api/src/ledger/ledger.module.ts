import { Module } from '@nestjs/common';
import { EventStoreModule } from '../event-store/event-store.module';
import { LedgerController } from './ledger.controller';
import { LedgerReader } from './ledger.reader';
import { LedgerWatch } from './ledger-watch.service';

/** GET /ledger/…: the signed checkpoint, the log's public key, inclusion and consistency proofs; the periodic check of the tree. */
@Module({
  imports: [EventStoreModule],
  controllers: [LedgerController],
  providers: [LedgerReader, LedgerWatch],
  exports: [LedgerReader, LedgerWatch],
})
export class LedgerModule {}
