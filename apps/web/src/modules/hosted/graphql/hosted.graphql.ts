import { graphql } from '../../../gql';

// Texts that the API localises are fetched in both languages, so switching the UI language
// needs no new request.
export const HostedDnsRecordFields = graphql(`
  fragment HostedDnsRecordFields on DnsRecord {
    type
    name
    host
    value
    purpose
    required
    status
    observed
    ttl
    present
    selector
    dkimKeyState
    providerHost
    providerValue
    messageEn: message(locale: EN)
    messageDe: message(locale: DE)
    noteEn: note(locale: EN)
    noteDe: note(locale: DE)
    cloudflare {
      type
      name
      contentLabel
      content
      proxyStatus
      ttl
    }
  }
`);

export const HostedDomainFields = graphql(`
  fragment HostedDomainFields on HostedDomain {
    domain
    domainUnicode
    zone
    fromEmail
    fromName
    status
    missingRecords
    readyToEnable
    lastCheckedAt
    nextCheckAt
    verifiedAt
    pendingSince
    zoneFile
    selector
    pendingSelector
    provider {
      id
      name
      nameServers
      whereEn: where(locale: EN)
      whereDe: where(locale: DE)
      stepsEn: steps(locale: EN)
      stepsDe: steps(locale: DE)
    }
    records {
      ...HostedDnsRecordFields
    }
  }
`);

export const HostedEmailSettingsFields = graphql(`
  fragment HostedEmailSettingsFields on EmailSettings {
    senderMode
    activeFromAddress
    hosted {
      ...HostedDomainFields
    }
  }
`);

export const HostedSettingsQuery = graphql(`
  query HostedSettings {
    emailSettings {
      ...HostedEmailSettingsFields
    }
  }
`);

export const ApplyHostedDomainMutation = graphql(`
  mutation ApplyHostedDomain($input: HostedDomainInput!) {
    applyHostedDomain(input: $input) {
      ...HostedEmailSettingsFields
    }
  }
`);

export const VerifyHostedDnsRecordsMutation = graphql(`
  mutation VerifyHostedDnsRecords {
    verifyDnsRecords {
      ...HostedEmailSettingsFields
    }
  }
`);

export const RotateHostedDkimKeyMutation = graphql(`
  mutation RotateHostedDkimKey {
    rotateDkimKey {
      ...HostedEmailSettingsFields
    }
  }
`);

export const RetireHostedDkimKeyMutation = graphql(`
  mutation RetireHostedDkimKey($selector: String!) {
    retireDkimKey(selector: $selector) {
      ...HostedEmailSettingsFields
    }
  }
`);

export const EnableHostedSendingMutation = graphql(`
  mutation EnableHostedSending {
    setSenderMode(mode: HOSTED) {
      ...HostedEmailSettingsFields
    }
  }
`);
