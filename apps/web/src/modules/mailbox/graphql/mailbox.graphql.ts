import { graphql } from '../../../gql';

export const MailboxQuery = graphql(`
  query Mailbox($first: Int) {
    mailboxEnabled
    mailbox(first: $first) {
      id
      from
      to
      envelopeTo
      subject
      receivedAt
    }
  }
`);

export const CapturedMailQuery = graphql(`
  query CapturedMail($id: ID!) {
    capturedMail(id: $id) {
      id
      from
      to
      subject
      receivedAt
      html
      text
      raw
      headers {
        name
        value
      }
    }
  }
`);
