import * as core from '@actions/core';
import type { Annotation } from '../core/render/annotations.js';

/** Writes the annotations as workflow commands; @actions/core escapes their text and properties. */
export function emitAnnotations(annotations: readonly Annotation[]): void {
  for (const annotation of annotations) {
    const properties = { file: annotation.file, startLine: annotation.line, title: annotation.title };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }
}
