import { graphql } from '../../../gql';

export const VerifiedRecipientsQuery = graphql(`
  query VerifiedRecipients {
    verifiedRecipients
  }
`);

export const SendTestEmailMutation = graphql(`
  mutation SendTestEmail($input: SendTestEmailInput!) {
    sendTestEmail(input: $input) {
      ok
      message
      status
      deliveryId
      hint {
        en
        de
      }
    }
  }
`);
