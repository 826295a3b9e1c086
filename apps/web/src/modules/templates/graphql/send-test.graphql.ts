import { graphql } from '../../../gql';

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
