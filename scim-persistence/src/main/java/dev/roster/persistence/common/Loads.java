package dev.roster.persistence.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * {@code em.find} for loads whose absence a caller answers with 404. Hibernate returns null instead
 * of throwing when a read fails inside a transaction already marked for rollback (HHH-12472, for
 * WildFly), and WildFly's pool marks it so as soon as a statement breaks its connection. During a
 * database outage an existing user or organization would then read as absent: a DELETE would answer
 * 404, which an IdP takes for "already deleted". Here such a null is the failure it is.
 */
public final class Loads {
  private static volatile TransactionSynchronizationRegistry transactions;

  private Loads() {}

  public static <T> T find(EntityManager em, Class<T> type, Object id) {
    return checked(em.find(type, id), type);
  }

  public static <T> T find(EntityManager em, Class<T> type, Object id, LockModeType lock) {
    return checked(em.find(type, id, lock), type);
  }

  private static <T> T checked(T found, Class<T> type) {
    if (found == null && markedForRollback()) {
      // In Roster nothing goes on in a transaction after a failed statement but this read, so the
      // cause is the broken connection that marked it: answered as the database being unavailable.
      throw new PersistenceException(
          "Reading " + type.getSimpleName() + " failed in a transaction marked for rollback",
          new SQLException(
              "The connection failed; the transaction is marked for rollback", "08006"));
    }
    return found;
  }

  private static boolean markedForRollback() {
    try {
      if (transactions == null) {
        transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
      }
      return transactions.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
    } catch (NamingException e) {
      return false; // outside the server (unit tests): no JTA transaction to ask
    }
  }
}
