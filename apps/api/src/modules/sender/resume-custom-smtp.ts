import type { EntityManager } from 'typeorm';
import { DeliveryAlert } from '../delivery/delivery-alert.entity.js';
import { DeliveryStatus, OutboxMessage } from '../delivery/outbox-message.entity.js';
import type { SenderSnapshot } from './sender-snapshot.js';

/**
 * When custom SMTP is enabled again after a tested fix (say, a new app password), mail that was paused by
 * the old server's refusal goes out through the new settings at once and the alert is cleared. Without this
 * the paused messages would keep their old snapshot, with the old password, and fail again.
 */
export async function resumePausedCustomSmtpMail(
  tx: EntityManager,
  accountId: string,
  snapshot: SenderSnapshot,
) {
  await tx
    .createQueryBuilder()
    .update(OutboxMessage)
    .set({ sender: snapshot as never, nextAttemptAtRaw: new Date() })
    // The pause holds back queued mail as well as deferred (see OutcomeRecorder.pauseAccount).
    .where('account_id = :accountId AND status IN (:...statuses) AND sender_mode = :mode', {
      accountId,
      statuses: [DeliveryStatus.QUEUED, DeliveryStatus.DEFERRED],
      mode: 'CUSTOM_SMTP',
    })
    .execute();
  await tx.getRepository(DeliveryAlert).delete({ accountId });
}
