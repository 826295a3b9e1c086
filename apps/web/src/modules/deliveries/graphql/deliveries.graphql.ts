import { graphql } from '../../../gql';

export const DeliveryRowFields = graphql(`
  fragment DeliveryRowFields on Delivery {
    id
    status
    kind
    templateKey
    to
    senderMode
    attempts
    nextAttemptAt
    lastResponse
    lastResponseCode
    createdAt
    sentAt
  }
`);

export const DeliveryDetailFields = graphql(`
  fragment DeliveryDetailFields on Delivery {
    ...DeliveryRowFields
    subject
    messageId
    locale
    fromAddress
    envelopeFrom
    expiresAt
    lostReplies
    lastErrorStage
  }
`);

export const DeliveriesQuery = graphql(`
  query Deliveries($first: Int, $after: String, $status: DeliveryStatus, $templateKey: String) {
    deliveries(first: $first, after: $after, status: $status, templateKey: $templateKey) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DeliveryRowFields
        }
      }
    }
  }
`);

export const DeliveryQuery = graphql(`
  query Delivery($id: ID!) {
    delivery(id: $id) {
      ...DeliveryDetailFields
    }
  }
`);

export const RetryDeliveryMutation = graphql(`
  mutation RetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      id
      status
      attempts
      nextAttemptAt
      expiresAt
      lastResponse
      lastResponseCode
      lastErrorStage
    }
  }
`);

export const DeliveryAlertsQuery = graphql(`
  query DeliveryAlerts {
    deliveryAlerts {
      stage
      message
      responseCode
      host
      firstSeenAt
      lastSeenAt
      pausedUntil
    }
  }
`);

export const DeliveryTemplateNamesQuery = graphql(`
  query DeliveryTemplateNames($locale: Locale) {
    templates(locale: $locale) {
      key
      name
    }
  }
`);
