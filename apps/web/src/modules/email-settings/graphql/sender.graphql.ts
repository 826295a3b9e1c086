import { graphql } from '../../../gql';

export const SmtpTestReportFields = graphql(`
  fragment SmtpTestReportFields on SmtpTestReport {
    ok
    message
    ofSavedSettings
    testedAt
    stages {
      stage
      status
      durationMs
      responseCode
      response
      detail
      hint {
        key
        en
        de
      }
    }
  }
`);

export const EmailSettingsFields = graphql(`
  fragment EmailSettingsFields on EmailSettings {
    senderMode
    activeFromAddress
    fromName
    replyTo
    senders {
      mode
      fromAddress
      available
      unavailableCode
      unavailableReason
    }
    smtp {
      host
      port
      secure
      username
      hasPassword
      fromEmail
      fromName
      readyToEnable
      notReadyReason
      lastTest {
        ...SmtpTestReportFields
      }
    }
  }
`);

export const EmailSettingsQuery = graphql(`
  query EmailSettings {
    emailSettings {
      ...EmailSettingsFields
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int) {
    auditLog(first: $first) {
      id
      actor
      action
      summary
      createdAt
    }
  }
`);

export const SetSenderModeMutation = graphql(`
  mutation SetSenderMode($mode: SenderMode!) {
    setSenderMode(mode: $mode) {
      ...EmailSettingsFields
    }
  }
`);

export const UpdateSenderIdentityMutation = graphql(`
  mutation UpdateSenderIdentity($input: SenderIdentityInput!) {
    updateSenderIdentity(input: $input) {
      ...EmailSettingsFields
    }
  }
`);

export const UpdateSmtpSettingsMutation = graphql(`
  mutation UpdateSmtpSettings($input: SmtpSettingsInput!) {
    updateSmtpSettings(input: $input) {
      ...EmailSettingsFields
    }
  }
`);

export const TestSmtpSettingsMutation = graphql(`
  mutation TestSmtpSettings($input: SmtpTestInput!) {
    testSmtpSettings(input: $input) {
      ...SmtpTestReportFields
    }
  }
`);

export const DetectSmtpSettingsMutation = graphql(`
  mutation DetectSmtpSettings($host: String!) {
    detectSmtpSettings(host: $host) {
      host
      proposedPort
      proposedSecure
      refusal
      refusalHint {
        key
        en
        de
      }
      candidates {
        port
        secure
        ok
        message
      }
    }
  }
`);

export const SendSenderTestMutation = graphql(`
  mutation SendSenderTest($mode: SenderMode!, $to: String!) {
    sendSenderTest(mode: $mode, to: $to) {
      ok
      message
      hint {
        key
        en
        de
      }
    }
  }
`);
