import { graphql } from '../../../gql';

export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    name
    role
    emailVerified
    locale
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const AccountQuery = graphql(`
  query Account {
    account {
      id
      name
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...CurrentUserFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
