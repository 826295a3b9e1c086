export { RENDER_LIMITS } from './engine.js';
export { buildEmailDocument, type EmailLayoutInput } from './layout.js';
export { htmlToPlainText } from './plain-text.js';
export {
  formatProblem,
  type TemplateField,
  type TemplateProblem,
  type TemplateProblemCode,
  TemplateRenderError,
} from './problems.js';
export { type RenderedEmail, type RenderEmailInput, renderEmail } from './render-email.js';
export { suggestName } from './suggest.js';
export { escapeHtml, hasControlCharacters, toSingleLine } from './text.js';
export {
  type ValidateTemplateContentInput,
  validateFooterContent,
  validateTemplateContent,
} from './validate.js';
export { HTML_SIZE_WARNING_BYTES } from './warnings.js';
