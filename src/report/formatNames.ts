/**
 * The names of the built-in report formats. The engine reserves them for the built-in plugin
 * without importing the formatters themselves, so an app that never renders a report does not
 * carry them in its bundle.
 *
 * @category Reports
 */
export const builtinFormatNames: readonly string[] = /* @__PURE__ */ Object.freeze(['md', 'html', 'csv', 'json']);
