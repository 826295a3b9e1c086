import { graphql } from '../../../gql';

export const UserRowFields = graphql(`
  fragment UserRowFields on User {
    id
    name
    email
    role
    locale
    emailVerified
    createdAt
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserRowFields
    }
  }
`);

export const UsersMailboxEnabledQuery = graphql(`
  query UsersMailboxEnabled {
    mailboxEnabled
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const ResendVerificationMutation = graphql(`
  mutation ResendVerification($userId: ID!) {
    resendVerification(userId: $userId) {
      id
      emailVerified
    }
  }
`);

export const DeleteUserMutation = graphql(`
  mutation DeleteUser($userId: ID!) {
    deleteUser(userId: $userId)
  }
`);

/** The only addresses a test email may go to (SEND TEST, the SMTP test). */
export const VerifiedRecipientsQuery = graphql(`
  query VerifiedRecipients {
    verifiedRecipients
  }
`);
