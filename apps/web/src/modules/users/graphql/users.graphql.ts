import { graphql } from '../../../gql';

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      name
      email
      role
      emailVerified
    }
  }
`);
