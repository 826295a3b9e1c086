/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $scope: TokenScope!) {\n    createApiToken(name: $name, scope: $scope) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    emailVerified\n    locale\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Account {\n    account {\n      id\n      name\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment DeliveryRowFields on Delivery {\n    id\n    status\n    kind\n    templateKey\n    to\n    senderMode\n    attempts\n    nextAttemptAt\n    lastResponse\n    lastResponseCode\n    createdAt\n    sentAt\n  }\n": typeof types.DeliveryRowFieldsFragmentDoc,
    "\n  fragment DeliveryDetailFields on Delivery {\n    ...DeliveryRowFields\n    subject\n    messageId\n    locale\n    fromAddress\n    envelopeFrom\n    expiresAt\n    lostReplies\n    lastErrorStage\n  }\n": typeof types.DeliveryDetailFieldsFragmentDoc,
    "\n  query Deliveries($first: Int, $after: String, $status: DeliveryStatus, $templateKey: String) {\n    deliveries(first: $first, after: $after, status: $status, templateKey: $templateKey) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeliveryRowFields\n        }\n      }\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  query Delivery($id: ID!) {\n    delivery(id: $id) {\n      ...DeliveryDetailFields\n    }\n  }\n": typeof types.DeliveryDocument,
    "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      expiresAt\n      lastResponse\n      lastResponseCode\n      lastErrorStage\n    }\n  }\n": typeof types.RetryDeliveryDocument,
    "\n  query DeliveryAlerts {\n    deliveryAlerts {\n      stage\n      message\n      responseCode\n      host\n      firstSeenAt\n      lastSeenAt\n      pausedUntil\n    }\n  }\n": typeof types.DeliveryAlertsDocument,
    "\n  query DeliveryTemplateNames($locale: Locale) {\n    templates(locale: $locale) {\n      key\n      name\n    }\n  }\n": typeof types.DeliveryTemplateNamesDocument,
    "\n  fragment SmtpTestReportFields on SmtpTestReport {\n    ok\n    message\n    ofSavedSettings\n    testedAt\n    stages {\n      stage\n      status\n      durationMs\n      responseCode\n      response\n      detail\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n": typeof types.SmtpTestReportFieldsFragmentDoc,
    "\n  fragment EmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    fromName\n    replyTo\n    senders {\n      mode\n      fromAddress\n      available\n      unavailableCode\n      unavailableReason\n    }\n    smtp {\n      host\n      port\n      secure\n      username\n      hasPassword\n      fromEmail\n      fromName\n      readyToEnable\n      notReadyReason\n      lastTest {\n        ...SmtpTestReportFields\n      }\n    }\n  }\n": typeof types.EmailSettingsFieldsFragmentDoc,
    "\n  query EmailSettings {\n    emailSettings {\n      ...EmailSettingsFields\n    }\n  }\n": typeof types.EmailSettingsDocument,
    "\n  query AuditLog($first: Int) {\n    auditLog(first: $first) {\n      id\n      actor\n      action\n      summary\n      createdAt\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation SetSenderMode($mode: SenderMode!) {\n    setSenderMode(mode: $mode) {\n      ...EmailSettingsFields\n    }\n  }\n": typeof types.SetSenderModeDocument,
    "\n  mutation UpdateSenderIdentity($input: SenderIdentityInput!) {\n    updateSenderIdentity(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n": typeof types.UpdateSenderIdentityDocument,
    "\n  mutation UpdateSmtpSettings($input: SmtpSettingsInput!) {\n    updateSmtpSettings(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n": typeof types.UpdateSmtpSettingsDocument,
    "\n  mutation TestSmtpSettings($input: SmtpTestInput!) {\n    testSmtpSettings(input: $input) {\n      ...SmtpTestReportFields\n    }\n  }\n": typeof types.TestSmtpSettingsDocument,
    "\n  mutation DetectSmtpSettings($host: String!) {\n    detectSmtpSettings(host: $host) {\n      host\n      proposedPort\n      proposedSecure\n      refusal\n      refusalHint {\n        key\n        en\n        de\n      }\n      candidates {\n        port\n        secure\n        ok\n        message\n      }\n    }\n  }\n": typeof types.DetectSmtpSettingsDocument,
    "\n  mutation SendSenderTest($mode: SenderMode!, $to: String!) {\n    sendSenderTest(mode: $mode, to: $to) {\n      ok\n      message\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n": typeof types.SendSenderTestDocument,
    "\n  fragment HostedDnsRecordFields on DnsRecord {\n    type\n    name\n    host\n    value\n    purpose\n    required\n    status\n    observed\n    ttl\n    present\n    selector\n    dkimKeyState\n    providerHost\n    providerValue\n    messageEn: message(locale: EN)\n    messageDe: message(locale: DE)\n    noteEn: note(locale: EN)\n    noteDe: note(locale: DE)\n    cloudflare {\n      type\n      name\n      contentLabel\n      content\n      proxyStatus\n      ttl\n    }\n  }\n": typeof types.HostedDnsRecordFieldsFragmentDoc,
    "\n  fragment HostedDomainFields on HostedDomain {\n    domain\n    domainUnicode\n    zone\n    fromEmail\n    fromName\n    status\n    missingRecords\n    readyToEnable\n    lastCheckedAt\n    nextCheckAt\n    verifiedAt\n    pendingSince\n    zoneFile\n    selector\n    pendingSelector\n    provider {\n      id\n      name\n      nameServers\n      whereEn: where(locale: EN)\n      whereDe: where(locale: DE)\n      stepsEn: steps(locale: EN)\n      stepsDe: steps(locale: DE)\n    }\n    records {\n      ...HostedDnsRecordFields\n    }\n  }\n": typeof types.HostedDomainFieldsFragmentDoc,
    "\n  fragment HostedEmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    hosted {\n      ...HostedDomainFields\n    }\n  }\n": typeof types.HostedEmailSettingsFieldsFragmentDoc,
    "\n  query HostedSettings {\n    emailSettings {\n      ...HostedEmailSettingsFields\n    }\n  }\n": typeof types.HostedSettingsDocument,
    "\n  mutation ApplyHostedDomain($input: HostedDomainInput!) {\n    applyHostedDomain(input: $input) {\n      ...HostedEmailSettingsFields\n    }\n  }\n": typeof types.ApplyHostedDomainDocument,
    "\n  mutation VerifyHostedDnsRecords {\n    verifyDnsRecords {\n      ...HostedEmailSettingsFields\n    }\n  }\n": typeof types.VerifyHostedDnsRecordsDocument,
    "\n  mutation RotateHostedDkimKey {\n    rotateDkimKey {\n      ...HostedEmailSettingsFields\n    }\n  }\n": typeof types.RotateHostedDkimKeyDocument,
    "\n  mutation RetireHostedDkimKey($selector: String!) {\n    retireDkimKey(selector: $selector) {\n      ...HostedEmailSettingsFields\n    }\n  }\n": typeof types.RetireHostedDkimKeyDocument,
    "\n  mutation EnableHostedSending {\n    setSenderMode(mode: HOSTED) {\n      ...HostedEmailSettingsFields\n    }\n  }\n": typeof types.EnableHostedSendingDocument,
    "\n  query Mailbox($first: Int) {\n    mailboxEnabled\n    mailbox(first: $first) {\n      id\n      from\n      to\n      envelopeTo\n      subject\n      receivedAt\n    }\n  }\n": typeof types.MailboxDocument,
    "\n  query CapturedMail($id: ID!) {\n    capturedMail(id: $id) {\n      id\n      from\n      to\n      subject\n      receivedAt\n      html\n      text\n      raw\n      headers {\n        name\n        value\n      }\n    }\n  }\n": typeof types.CapturedMailDocument,
    "\n  mutation SendTestEmail($input: SendTestEmailInput!) {\n    sendTestEmail(input: $input) {\n      ok\n      message\n      status\n      deliveryId\n      hint {\n        en\n        de\n      }\n    }\n  }\n": typeof types.SendTestEmailDocument,
    "\n  fragment TemplateVariableFields on TemplateVariable {\n    name\n    type\n    description\n    sample\n    fields {\n      name\n    }\n  }\n": typeof types.TemplateVariableFieldsFragmentDoc,
    "\n  fragment TemplateFields on Template {\n    key\n    locale\n    name\n    description\n    subject\n    preheader\n    body\n    customized\n    supportsFooter\n    includesFooter\n    variables {\n      ...TemplateVariableFields\n    }\n    defaultSubject\n    defaultPreheader\n    defaultBody\n    defaultIncludesFooter\n    updatedAt\n  }\n": typeof types.TemplateFieldsFragmentDoc,
    "\n  fragment FooterFields on Footer {\n    locale\n    name\n    body\n    customized\n    usedBy\n    defaultBody\n    variables {\n      ...TemplateVariableFields\n    }\n    updatedAt\n  }\n": typeof types.FooterFieldsFragmentDoc,
    "\n  fragment VersionFields on TemplateVersion {\n    id\n    number\n    kind\n    subject\n    preheader\n    body\n    includesFooter\n    author\n    createdAt\n  }\n": typeof types.VersionFieldsFragmentDoc,
    "\n  fragment TemplateSummaryFields on Template {\n    key\n    locale\n    name\n    customized\n    supportsFooter\n  }\n": typeof types.TemplateSummaryFieldsFragmentDoc,
    "\n  query TemplateList($uiLocale: Locale!, $locale: Locale!) {\n    names: templates(locale: $uiLocale) {\n      ...TemplateSummaryFields\n    }\n    templates(locale: $locale) {\n      ...TemplateSummaryFields\n    }\n    footerName: footer(locale: $uiLocale) {\n      ...FooterFields\n    }\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n": typeof types.TemplateListDocument,
    "\n  query Template($key: String!, $locale: Locale!) {\n    template(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n": typeof types.TemplateDocument,
    "\n  query Footer($locale: Locale!) {\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n": typeof types.FooterDocument,
    "\n  query TemplateVersions($key: String!, $locale: Locale!) {\n    templateVersions(key: $key, locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n": typeof types.TemplateVersionsDocument,
    "\n  query FooterVersions($locale: Locale!) {\n    footerVersions(locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n": typeof types.FooterVersionsDocument,
    "\n  mutation UpdateTemplate($input: UpdateTemplateInput!) {\n    updateTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n": typeof types.UpdateTemplateDocument,
    "\n  mutation ResetTemplate($key: String!, $locale: Locale!) {\n    resetTemplate(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n": typeof types.ResetTemplateDocument,
    "\n  mutation RestoreTemplateVersion($id: ID!) {\n    restoreTemplateVersion(id: $id) {\n      ...TemplateFields\n    }\n  }\n": typeof types.RestoreTemplateVersionDocument,
    "\n  mutation UpdateFooter($input: UpdateFooterInput!) {\n    updateFooter(input: $input) {\n      ...FooterFields\n    }\n  }\n": typeof types.UpdateFooterDocument,
    "\n  mutation ResetFooter($locale: Locale!) {\n    resetFooter(locale: $locale) {\n      ...FooterFields\n    }\n  }\n": typeof types.ResetFooterDocument,
    "\n  mutation RestoreFooterVersion($id: ID!) {\n    restoreFooterVersion(id: $id) {\n      ...FooterFields\n    }\n  }\n": typeof types.RestoreFooterVersionDocument,
    "\n  fragment UserRowFields on User {\n    id\n    name\n    email\n    role\n    locale\n    emailVerified\n    createdAt\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRowFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query UsersMailboxEnabled {\n    mailboxEnabled\n  }\n": typeof types.UsersMailboxEnabledDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n": typeof types.DeleteUserDocument,
    "\n  query VerifiedRecipients {\n    verifiedRecipients\n  }\n": typeof types.VerifiedRecipientsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
};
const documents: Documents = {
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $scope: TokenScope!) {\n    createApiToken(name: $name, scope: $scope) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    emailVerified\n    locale\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  query Account {\n    account {\n      id\n      name\n    }\n  }\n": types.AccountDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment DeliveryRowFields on Delivery {\n    id\n    status\n    kind\n    templateKey\n    to\n    senderMode\n    attempts\n    nextAttemptAt\n    lastResponse\n    lastResponseCode\n    createdAt\n    sentAt\n  }\n": types.DeliveryRowFieldsFragmentDoc,
    "\n  fragment DeliveryDetailFields on Delivery {\n    ...DeliveryRowFields\n    subject\n    messageId\n    locale\n    fromAddress\n    envelopeFrom\n    expiresAt\n    lostReplies\n    lastErrorStage\n  }\n": types.DeliveryDetailFieldsFragmentDoc,
    "\n  query Deliveries($first: Int, $after: String, $status: DeliveryStatus, $templateKey: String) {\n    deliveries(first: $first, after: $after, status: $status, templateKey: $templateKey) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeliveryRowFields\n        }\n      }\n    }\n  }\n": types.DeliveriesDocument,
    "\n  query Delivery($id: ID!) {\n    delivery(id: $id) {\n      ...DeliveryDetailFields\n    }\n  }\n": types.DeliveryDocument,
    "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      expiresAt\n      lastResponse\n      lastResponseCode\n      lastErrorStage\n    }\n  }\n": types.RetryDeliveryDocument,
    "\n  query DeliveryAlerts {\n    deliveryAlerts {\n      stage\n      message\n      responseCode\n      host\n      firstSeenAt\n      lastSeenAt\n      pausedUntil\n    }\n  }\n": types.DeliveryAlertsDocument,
    "\n  query DeliveryTemplateNames($locale: Locale) {\n    templates(locale: $locale) {\n      key\n      name\n    }\n  }\n": types.DeliveryTemplateNamesDocument,
    "\n  fragment SmtpTestReportFields on SmtpTestReport {\n    ok\n    message\n    ofSavedSettings\n    testedAt\n    stages {\n      stage\n      status\n      durationMs\n      responseCode\n      response\n      detail\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n": types.SmtpTestReportFieldsFragmentDoc,
    "\n  fragment EmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    fromName\n    replyTo\n    senders {\n      mode\n      fromAddress\n      available\n      unavailableCode\n      unavailableReason\n    }\n    smtp {\n      host\n      port\n      secure\n      username\n      hasPassword\n      fromEmail\n      fromName\n      readyToEnable\n      notReadyReason\n      lastTest {\n        ...SmtpTestReportFields\n      }\n    }\n  }\n": types.EmailSettingsFieldsFragmentDoc,
    "\n  query EmailSettings {\n    emailSettings {\n      ...EmailSettingsFields\n    }\n  }\n": types.EmailSettingsDocument,
    "\n  query AuditLog($first: Int) {\n    auditLog(first: $first) {\n      id\n      actor\n      action\n      summary\n      createdAt\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation SetSenderMode($mode: SenderMode!) {\n    setSenderMode(mode: $mode) {\n      ...EmailSettingsFields\n    }\n  }\n": types.SetSenderModeDocument,
    "\n  mutation UpdateSenderIdentity($input: SenderIdentityInput!) {\n    updateSenderIdentity(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n": types.UpdateSenderIdentityDocument,
    "\n  mutation UpdateSmtpSettings($input: SmtpSettingsInput!) {\n    updateSmtpSettings(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n": types.UpdateSmtpSettingsDocument,
    "\n  mutation TestSmtpSettings($input: SmtpTestInput!) {\n    testSmtpSettings(input: $input) {\n      ...SmtpTestReportFields\n    }\n  }\n": types.TestSmtpSettingsDocument,
    "\n  mutation DetectSmtpSettings($host: String!) {\n    detectSmtpSettings(host: $host) {\n      host\n      proposedPort\n      proposedSecure\n      refusal\n      refusalHint {\n        key\n        en\n        de\n      }\n      candidates {\n        port\n        secure\n        ok\n        message\n      }\n    }\n  }\n": types.DetectSmtpSettingsDocument,
    "\n  mutation SendSenderTest($mode: SenderMode!, $to: String!) {\n    sendSenderTest(mode: $mode, to: $to) {\n      ok\n      message\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n": types.SendSenderTestDocument,
    "\n  fragment HostedDnsRecordFields on DnsRecord {\n    type\n    name\n    host\n    value\n    purpose\n    required\n    status\n    observed\n    ttl\n    present\n    selector\n    dkimKeyState\n    providerHost\n    providerValue\n    messageEn: message(locale: EN)\n    messageDe: message(locale: DE)\n    noteEn: note(locale: EN)\n    noteDe: note(locale: DE)\n    cloudflare {\n      type\n      name\n      contentLabel\n      content\n      proxyStatus\n      ttl\n    }\n  }\n": types.HostedDnsRecordFieldsFragmentDoc,
    "\n  fragment HostedDomainFields on HostedDomain {\n    domain\n    domainUnicode\n    zone\n    fromEmail\n    fromName\n    status\n    missingRecords\n    readyToEnable\n    lastCheckedAt\n    nextCheckAt\n    verifiedAt\n    pendingSince\n    zoneFile\n    selector\n    pendingSelector\n    provider {\n      id\n      name\n      nameServers\n      whereEn: where(locale: EN)\n      whereDe: where(locale: DE)\n      stepsEn: steps(locale: EN)\n      stepsDe: steps(locale: DE)\n    }\n    records {\n      ...HostedDnsRecordFields\n    }\n  }\n": types.HostedDomainFieldsFragmentDoc,
    "\n  fragment HostedEmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    hosted {\n      ...HostedDomainFields\n    }\n  }\n": types.HostedEmailSettingsFieldsFragmentDoc,
    "\n  query HostedSettings {\n    emailSettings {\n      ...HostedEmailSettingsFields\n    }\n  }\n": types.HostedSettingsDocument,
    "\n  mutation ApplyHostedDomain($input: HostedDomainInput!) {\n    applyHostedDomain(input: $input) {\n      ...HostedEmailSettingsFields\n    }\n  }\n": types.ApplyHostedDomainDocument,
    "\n  mutation VerifyHostedDnsRecords {\n    verifyDnsRecords {\n      ...HostedEmailSettingsFields\n    }\n  }\n": types.VerifyHostedDnsRecordsDocument,
    "\n  mutation RotateHostedDkimKey {\n    rotateDkimKey {\n      ...HostedEmailSettingsFields\n    }\n  }\n": types.RotateHostedDkimKeyDocument,
    "\n  mutation RetireHostedDkimKey($selector: String!) {\n    retireDkimKey(selector: $selector) {\n      ...HostedEmailSettingsFields\n    }\n  }\n": types.RetireHostedDkimKeyDocument,
    "\n  mutation EnableHostedSending {\n    setSenderMode(mode: HOSTED) {\n      ...HostedEmailSettingsFields\n    }\n  }\n": types.EnableHostedSendingDocument,
    "\n  query Mailbox($first: Int) {\n    mailboxEnabled\n    mailbox(first: $first) {\n      id\n      from\n      to\n      envelopeTo\n      subject\n      receivedAt\n    }\n  }\n": types.MailboxDocument,
    "\n  query CapturedMail($id: ID!) {\n    capturedMail(id: $id) {\n      id\n      from\n      to\n      subject\n      receivedAt\n      html\n      text\n      raw\n      headers {\n        name\n        value\n      }\n    }\n  }\n": types.CapturedMailDocument,
    "\n  mutation SendTestEmail($input: SendTestEmailInput!) {\n    sendTestEmail(input: $input) {\n      ok\n      message\n      status\n      deliveryId\n      hint {\n        en\n        de\n      }\n    }\n  }\n": types.SendTestEmailDocument,
    "\n  fragment TemplateVariableFields on TemplateVariable {\n    name\n    type\n    description\n    sample\n    fields {\n      name\n    }\n  }\n": types.TemplateVariableFieldsFragmentDoc,
    "\n  fragment TemplateFields on Template {\n    key\n    locale\n    name\n    description\n    subject\n    preheader\n    body\n    customized\n    supportsFooter\n    includesFooter\n    variables {\n      ...TemplateVariableFields\n    }\n    defaultSubject\n    defaultPreheader\n    defaultBody\n    defaultIncludesFooter\n    updatedAt\n  }\n": types.TemplateFieldsFragmentDoc,
    "\n  fragment FooterFields on Footer {\n    locale\n    name\n    body\n    customized\n    usedBy\n    defaultBody\n    variables {\n      ...TemplateVariableFields\n    }\n    updatedAt\n  }\n": types.FooterFieldsFragmentDoc,
    "\n  fragment VersionFields on TemplateVersion {\n    id\n    number\n    kind\n    subject\n    preheader\n    body\n    includesFooter\n    author\n    createdAt\n  }\n": types.VersionFieldsFragmentDoc,
    "\n  fragment TemplateSummaryFields on Template {\n    key\n    locale\n    name\n    customized\n    supportsFooter\n  }\n": types.TemplateSummaryFieldsFragmentDoc,
    "\n  query TemplateList($uiLocale: Locale!, $locale: Locale!) {\n    names: templates(locale: $uiLocale) {\n      ...TemplateSummaryFields\n    }\n    templates(locale: $locale) {\n      ...TemplateSummaryFields\n    }\n    footerName: footer(locale: $uiLocale) {\n      ...FooterFields\n    }\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n": types.TemplateListDocument,
    "\n  query Template($key: String!, $locale: Locale!) {\n    template(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n": types.TemplateDocument,
    "\n  query Footer($locale: Locale!) {\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n": types.FooterDocument,
    "\n  query TemplateVersions($key: String!, $locale: Locale!) {\n    templateVersions(key: $key, locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n": types.TemplateVersionsDocument,
    "\n  query FooterVersions($locale: Locale!) {\n    footerVersions(locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n": types.FooterVersionsDocument,
    "\n  mutation UpdateTemplate($input: UpdateTemplateInput!) {\n    updateTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n": types.UpdateTemplateDocument,
    "\n  mutation ResetTemplate($key: String!, $locale: Locale!) {\n    resetTemplate(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n": types.ResetTemplateDocument,
    "\n  mutation RestoreTemplateVersion($id: ID!) {\n    restoreTemplateVersion(id: $id) {\n      ...TemplateFields\n    }\n  }\n": types.RestoreTemplateVersionDocument,
    "\n  mutation UpdateFooter($input: UpdateFooterInput!) {\n    updateFooter(input: $input) {\n      ...FooterFields\n    }\n  }\n": types.UpdateFooterDocument,
    "\n  mutation ResetFooter($locale: Locale!) {\n    resetFooter(locale: $locale) {\n      ...FooterFields\n    }\n  }\n": types.ResetFooterDocument,
    "\n  mutation RestoreFooterVersion($id: ID!) {\n    restoreFooterVersion(id: $id) {\n      ...FooterFields\n    }\n  }\n": types.RestoreFooterVersionDocument,
    "\n  fragment UserRowFields on User {\n    id\n    name\n    email\n    role\n    locale\n    emailVerified\n    createdAt\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRowFields\n    }\n  }\n": types.UsersDocument,
    "\n  query UsersMailboxEnabled {\n    mailboxEnabled\n  }\n": types.UsersMailboxEnabledDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId) {\n      id\n      emailVerified\n    }\n  }\n": types.ResendVerificationDocument,
    "\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n": types.DeleteUserDocument,
    "\n  query VerifiedRecipients {\n    verifiedRecipients\n  }\n": types.VerifiedRecipientsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $scope: TokenScope!) {\n    createApiToken(name: $name, scope: $scope) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $scope: TokenScope!) {\n    createApiToken(name: $name, scope: $scope) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    emailVerified\n    locale\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    emailVerified\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    account {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    account {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryRowFields on Delivery {\n    id\n    status\n    kind\n    templateKey\n    to\n    senderMode\n    attempts\n    nextAttemptAt\n    lastResponse\n    lastResponseCode\n    createdAt\n    sentAt\n  }\n"): (typeof documents)["\n  fragment DeliveryRowFields on Delivery {\n    id\n    status\n    kind\n    templateKey\n    to\n    senderMode\n    attempts\n    nextAttemptAt\n    lastResponse\n    lastResponseCode\n    createdAt\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryDetailFields on Delivery {\n    ...DeliveryRowFields\n    subject\n    messageId\n    locale\n    fromAddress\n    envelopeFrom\n    expiresAt\n    lostReplies\n    lastErrorStage\n  }\n"): (typeof documents)["\n  fragment DeliveryDetailFields on Delivery {\n    ...DeliveryRowFields\n    subject\n    messageId\n    locale\n    fromAddress\n    envelopeFrom\n    expiresAt\n    lostReplies\n    lastErrorStage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($first: Int, $after: String, $status: DeliveryStatus, $templateKey: String) {\n    deliveries(first: $first, after: $after, status: $status, templateKey: $templateKey) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeliveryRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deliveries($first: Int, $after: String, $status: DeliveryStatus, $templateKey: String) {\n    deliveries(first: $first, after: $after, status: $status, templateKey: $templateKey) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DeliveryRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Delivery($id: ID!) {\n    delivery(id: $id) {\n      ...DeliveryDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Delivery($id: ID!) {\n    delivery(id: $id) {\n      ...DeliveryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      expiresAt\n      lastResponse\n      lastResponseCode\n      lastErrorStage\n    }\n  }\n"): (typeof documents)["\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      expiresAt\n      lastResponse\n      lastResponseCode\n      lastErrorStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryAlerts {\n    deliveryAlerts {\n      stage\n      message\n      responseCode\n      host\n      firstSeenAt\n      lastSeenAt\n      pausedUntil\n    }\n  }\n"): (typeof documents)["\n  query DeliveryAlerts {\n    deliveryAlerts {\n      stage\n      message\n      responseCode\n      host\n      firstSeenAt\n      lastSeenAt\n      pausedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryTemplateNames($locale: Locale) {\n    templates(locale: $locale) {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query DeliveryTemplateNames($locale: Locale) {\n    templates(locale: $locale) {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmtpTestReportFields on SmtpTestReport {\n    ok\n    message\n    ofSavedSettings\n    testedAt\n    stages {\n      stage\n      status\n      durationMs\n      responseCode\n      response\n      detail\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SmtpTestReportFields on SmtpTestReport {\n    ok\n    message\n    ofSavedSettings\n    testedAt\n    stages {\n      stage\n      status\n      durationMs\n      responseCode\n      response\n      detail\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    fromName\n    replyTo\n    senders {\n      mode\n      fromAddress\n      available\n      unavailableCode\n      unavailableReason\n    }\n    smtp {\n      host\n      port\n      secure\n      username\n      hasPassword\n      fromEmail\n      fromName\n      readyToEnable\n      notReadyReason\n      lastTest {\n        ...SmtpTestReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    fromName\n    replyTo\n    senders {\n      mode\n      fromAddress\n      available\n      unavailableCode\n      unavailableReason\n    }\n    smtp {\n      host\n      port\n      secure\n      username\n      hasPassword\n      fromEmail\n      fromName\n      readyToEnable\n      notReadyReason\n      lastTest {\n        ...SmtpTestReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailSettings {\n    emailSettings {\n      ...EmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query EmailSettings {\n    emailSettings {\n      ...EmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int) {\n    auditLog(first: $first) {\n      id\n      actor\n      action\n      summary\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int) {\n    auditLog(first: $first) {\n      id\n      actor\n      action\n      summary\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSenderMode($mode: SenderMode!) {\n    setSenderMode(mode: $mode) {\n      ...EmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSenderMode($mode: SenderMode!) {\n    setSenderMode(mode: $mode) {\n      ...EmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSenderIdentity($input: SenderIdentityInput!) {\n    updateSenderIdentity(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSenderIdentity($input: SenderIdentityInput!) {\n    updateSenderIdentity(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmtpSettings($input: SmtpSettingsInput!) {\n    updateSmtpSettings(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmtpSettings($input: SmtpSettingsInput!) {\n    updateSmtpSettings(input: $input) {\n      ...EmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSmtpSettings($input: SmtpTestInput!) {\n    testSmtpSettings(input: $input) {\n      ...SmtpTestReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation TestSmtpSettings($input: SmtpTestInput!) {\n    testSmtpSettings(input: $input) {\n      ...SmtpTestReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetectSmtpSettings($host: String!) {\n    detectSmtpSettings(host: $host) {\n      host\n      proposedPort\n      proposedSecure\n      refusal\n      refusalHint {\n        key\n        en\n        de\n      }\n      candidates {\n        port\n        secure\n        ok\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DetectSmtpSettings($host: String!) {\n    detectSmtpSettings(host: $host) {\n      host\n      proposedPort\n      proposedSecure\n      refusal\n      refusalHint {\n        key\n        en\n        de\n      }\n      candidates {\n        port\n        secure\n        ok\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSenderTest($mode: SenderMode!, $to: String!) {\n    sendSenderTest(mode: $mode, to: $to) {\n      ok\n      message\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendSenderTest($mode: SenderMode!, $to: String!) {\n    sendSenderTest(mode: $mode, to: $to) {\n      ok\n      message\n      hint {\n        key\n        en\n        de\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HostedDnsRecordFields on DnsRecord {\n    type\n    name\n    host\n    value\n    purpose\n    required\n    status\n    observed\n    ttl\n    present\n    selector\n    dkimKeyState\n    providerHost\n    providerValue\n    messageEn: message(locale: EN)\n    messageDe: message(locale: DE)\n    noteEn: note(locale: EN)\n    noteDe: note(locale: DE)\n    cloudflare {\n      type\n      name\n      contentLabel\n      content\n      proxyStatus\n      ttl\n    }\n  }\n"): (typeof documents)["\n  fragment HostedDnsRecordFields on DnsRecord {\n    type\n    name\n    host\n    value\n    purpose\n    required\n    status\n    observed\n    ttl\n    present\n    selector\n    dkimKeyState\n    providerHost\n    providerValue\n    messageEn: message(locale: EN)\n    messageDe: message(locale: DE)\n    noteEn: note(locale: EN)\n    noteDe: note(locale: DE)\n    cloudflare {\n      type\n      name\n      contentLabel\n      content\n      proxyStatus\n      ttl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HostedDomainFields on HostedDomain {\n    domain\n    domainUnicode\n    zone\n    fromEmail\n    fromName\n    status\n    missingRecords\n    readyToEnable\n    lastCheckedAt\n    nextCheckAt\n    verifiedAt\n    pendingSince\n    zoneFile\n    selector\n    pendingSelector\n    provider {\n      id\n      name\n      nameServers\n      whereEn: where(locale: EN)\n      whereDe: where(locale: DE)\n      stepsEn: steps(locale: EN)\n      stepsDe: steps(locale: DE)\n    }\n    records {\n      ...HostedDnsRecordFields\n    }\n  }\n"): (typeof documents)["\n  fragment HostedDomainFields on HostedDomain {\n    domain\n    domainUnicode\n    zone\n    fromEmail\n    fromName\n    status\n    missingRecords\n    readyToEnable\n    lastCheckedAt\n    nextCheckAt\n    verifiedAt\n    pendingSince\n    zoneFile\n    selector\n    pendingSelector\n    provider {\n      id\n      name\n      nameServers\n      whereEn: where(locale: EN)\n      whereDe: where(locale: DE)\n      stepsEn: steps(locale: EN)\n      stepsDe: steps(locale: DE)\n    }\n    records {\n      ...HostedDnsRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HostedEmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    hosted {\n      ...HostedDomainFields\n    }\n  }\n"): (typeof documents)["\n  fragment HostedEmailSettingsFields on EmailSettings {\n    senderMode\n    activeFromAddress\n    hosted {\n      ...HostedDomainFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostedSettings {\n    emailSettings {\n      ...HostedEmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query HostedSettings {\n    emailSettings {\n      ...HostedEmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyHostedDomain($input: HostedDomainInput!) {\n    applyHostedDomain(input: $input) {\n      ...HostedEmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyHostedDomain($input: HostedDomainInput!) {\n    applyHostedDomain(input: $input) {\n      ...HostedEmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyHostedDnsRecords {\n    verifyDnsRecords {\n      ...HostedEmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyHostedDnsRecords {\n    verifyDnsRecords {\n      ...HostedEmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateHostedDkimKey {\n    rotateDkimKey {\n      ...HostedEmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation RotateHostedDkimKey {\n    rotateDkimKey {\n      ...HostedEmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireHostedDkimKey($selector: String!) {\n    retireDkimKey(selector: $selector) {\n      ...HostedEmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireHostedDkimKey($selector: String!) {\n    retireDkimKey(selector: $selector) {\n      ...HostedEmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableHostedSending {\n    setSenderMode(mode: HOSTED) {\n      ...HostedEmailSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableHostedSending {\n    setSenderMode(mode: HOSTED) {\n      ...HostedEmailSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailbox($first: Int) {\n    mailboxEnabled\n    mailbox(first: $first) {\n      id\n      from\n      to\n      envelopeTo\n      subject\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  query Mailbox($first: Int) {\n    mailboxEnabled\n    mailbox(first: $first) {\n      id\n      from\n      to\n      envelopeTo\n      subject\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapturedMail($id: ID!) {\n    capturedMail(id: $id) {\n      id\n      from\n      to\n      subject\n      receivedAt\n      html\n      text\n      raw\n      headers {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query CapturedMail($id: ID!) {\n    capturedMail(id: $id) {\n      id\n      from\n      to\n      subject\n      receivedAt\n      html\n      text\n      raw\n      headers {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestEmail($input: SendTestEmailInput!) {\n    sendTestEmail(input: $input) {\n      ok\n      message\n      status\n      deliveryId\n      hint {\n        en\n        de\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestEmail($input: SendTestEmailInput!) {\n    sendTestEmail(input: $input) {\n      ok\n      message\n      status\n      deliveryId\n      hint {\n        en\n        de\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateVariableFields on TemplateVariable {\n    name\n    type\n    description\n    sample\n    fields {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateVariableFields on TemplateVariable {\n    name\n    type\n    description\n    sample\n    fields {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateFields on Template {\n    key\n    locale\n    name\n    description\n    subject\n    preheader\n    body\n    customized\n    supportsFooter\n    includesFooter\n    variables {\n      ...TemplateVariableFields\n    }\n    defaultSubject\n    defaultPreheader\n    defaultBody\n    defaultIncludesFooter\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TemplateFields on Template {\n    key\n    locale\n    name\n    description\n    subject\n    preheader\n    body\n    customized\n    supportsFooter\n    includesFooter\n    variables {\n      ...TemplateVariableFields\n    }\n    defaultSubject\n    defaultPreheader\n    defaultBody\n    defaultIncludesFooter\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FooterFields on Footer {\n    locale\n    name\n    body\n    customized\n    usedBy\n    defaultBody\n    variables {\n      ...TemplateVariableFields\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment FooterFields on Footer {\n    locale\n    name\n    body\n    customized\n    usedBy\n    defaultBody\n    variables {\n      ...TemplateVariableFields\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VersionFields on TemplateVersion {\n    id\n    number\n    kind\n    subject\n    preheader\n    body\n    includesFooter\n    author\n    createdAt\n  }\n"): (typeof documents)["\n  fragment VersionFields on TemplateVersion {\n    id\n    number\n    kind\n    subject\n    preheader\n    body\n    includesFooter\n    author\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateSummaryFields on Template {\n    key\n    locale\n    name\n    customized\n    supportsFooter\n  }\n"): (typeof documents)["\n  fragment TemplateSummaryFields on Template {\n    key\n    locale\n    name\n    customized\n    supportsFooter\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateList($uiLocale: Locale!, $locale: Locale!) {\n    names: templates(locale: $uiLocale) {\n      ...TemplateSummaryFields\n    }\n    templates(locale: $locale) {\n      ...TemplateSummaryFields\n    }\n    footerName: footer(locale: $uiLocale) {\n      ...FooterFields\n    }\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n"): (typeof documents)["\n  query TemplateList($uiLocale: Locale!, $locale: Locale!) {\n    names: templates(locale: $uiLocale) {\n      ...TemplateSummaryFields\n    }\n    templates(locale: $locale) {\n      ...TemplateSummaryFields\n    }\n    footerName: footer(locale: $uiLocale) {\n      ...FooterFields\n    }\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Template($key: String!, $locale: Locale!) {\n    template(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  query Template($key: String!, $locale: Locale!) {\n    template(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Footer($locale: Locale!) {\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n"): (typeof documents)["\n  query Footer($locale: Locale!) {\n    footer(locale: $locale) {\n      ...FooterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateVersions($key: String!, $locale: Locale!) {\n    templateVersions(key: $key, locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n"): (typeof documents)["\n  query TemplateVersions($key: String!, $locale: Locale!) {\n    templateVersions(key: $key, locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FooterVersions($locale: Locale!) {\n    footerVersions(locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n"): (typeof documents)["\n  query FooterVersions($locale: Locale!) {\n    footerVersions(locale: $locale, first: 50) {\n      ...VersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTemplate($input: UpdateTemplateInput!) {\n    updateTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTemplate($input: UpdateTemplateInput!) {\n    updateTemplate(input: $input) {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTemplate($key: String!, $locale: Locale!) {\n    resetTemplate(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetTemplate($key: String!, $locale: Locale!) {\n    resetTemplate(key: $key, locale: $locale) {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreTemplateVersion($id: ID!) {\n    restoreTemplateVersion(id: $id) {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreTemplateVersion($id: ID!) {\n    restoreTemplateVersion(id: $id) {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFooter($input: UpdateFooterInput!) {\n    updateFooter(input: $input) {\n      ...FooterFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFooter($input: UpdateFooterInput!) {\n    updateFooter(input: $input) {\n      ...FooterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetFooter($locale: Locale!) {\n    resetFooter(locale: $locale) {\n      ...FooterFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetFooter($locale: Locale!) {\n    resetFooter(locale: $locale) {\n      ...FooterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreFooterVersion($id: ID!) {\n    restoreFooterVersion(id: $id) {\n      ...FooterFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreFooterVersion($id: ID!) {\n    restoreFooterVersion(id: $id) {\n      ...FooterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    name\n    email\n    role\n    locale\n    emailVerified\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    name\n    email\n    role\n    locale\n    emailVerified\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersMailboxEnabled {\n    mailboxEnabled\n  }\n"): (typeof documents)["\n  query UsersMailboxEnabled {\n    mailboxEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId) {\n      id\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId) {\n      id\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation DeleteUser($userId: ID!) {\n    deleteUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifiedRecipients {\n    verifiedRecipients\n  }\n"): (typeof documents)["\n  query VerifiedRecipients {\n    verifiedRecipients\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;