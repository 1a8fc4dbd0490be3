import { Module } from '@nestjs/common';
import { EventStoreModule } from '../event-store/event-store.module';
import { LedgerController } from './ledger.controller';
import { LedgerReader } from './ledger.reader';

/** GET /ledger/…: the signed checkpoint, the log's public key, inclusion and consistency proofs. */
@Module({ imports: [EventStoreModule], controllers: [LedgerController], providers: [LedgerReader], exports: [LedgerReader] })
export class LedgerModule {}
