// The rule registry: every rule, by name. A test checks it lists every module in rules/.

import type { Rule } from "./defineRule.js";
import ambiguousDocument from "./ambiguous-document.js";
import annotationKeyFormat from "./annotation-key-format.js";
import annotationReservedKey from "./annotation-reserved-key.js";
import annotationUrl from "./annotation-url.js";
import annotationValueFormat from "./annotation-value-format.js";
import annotationsFormat from "./annotations-format.js";
import argsEscaped from "./args-escaped.js";
import artifactTypeRequired from "./artifact-type-required.js";
import base64Data from "./base64-data.js";
import configFieldFormat from "./config-field-format.js";
import configHistoryLayers from "./config-history-layers.js";
import dateTimeFormat from "./date-time-format.js";
import descriptorDataMismatch from "./descriptor-data-mismatch.js";
import digestAlgorithmPortability from "./digest-algorithm-portability.js";
import digestAlgorithmUnregistered from "./digest-algorithm-unregistered.js";
import digestFormat from "./digest-format.js";
import dockerMediaTypeInOci from "./docker-media-type-in-oci.js";
import documentMediaType from "./document-media-type.js";
import emptyDescriptor from "./empty-descriptor.js";
import indexDuplicatePlatform from "./index-duplicate-platform.js";
import indexPlatformMissing from "./index-platform-missing.js";
import integerLiteral from "./integer-literal.js";
import jsonBom from "./json-bom.js";
import jsonDuplicateKey from "./json-duplicate-key.js";
import jsonInvalidUnicode from "./json-invalid-unicode.js";
import jsonLimits from "./json-limits.js";
import jsonSyntax from "./json-syntax.js";
import jsonUnsafeNumber from "./json-unsafe-number.js";
import labelSchemaKey from "./label-schema-key.js";
import layerMediaType from "./layer-media-type.js";
import layersEmpty from "./layers-empty.js";
import layoutVersion from "./layout-version.js";
import mediaTypeMissing from "./media-type-missing.js";
import mediaTypeSyntax from "./media-type-syntax.js";
import nondistributableLayer from "./nondistributable-layer.js";
import platformArchitecture from "./platform-architecture.js";
import platformFeaturesReserved from "./platform-features-reserved.js";
import platformFormat from "./platform-format.js";
import platformOs from "./platform-os.js";
import platformOsFeatures from "./platform-os-features.js";
import platformVariant from "./platform-variant.js";
import propertyType from "./property-type.js";
import requiredProperty from "./required-property.js";
import rootfsType from "./rootfs-type.js";
import schema from "./schema.js";
import schemaVersion from "./schema-version.js";
import sizeRange from "./size-range.js";
import subjectMediaType from "./subject-media-type.js";
import unknownDocument from "./unknown-document.js";
import urlFormat from "./url-format.js";
import urlScheme from "./url-scheme.js";

export const rules = {
  "ambiguous-document": ambiguousDocument,
  "annotation-key-format": annotationKeyFormat,
  "annotation-reserved-key": annotationReservedKey,
  "annotation-url": annotationUrl,
  "annotation-value-format": annotationValueFormat,
  "annotations-format": annotationsFormat,
  "args-escaped": argsEscaped,
  "artifact-type-required": artifactTypeRequired,
  "base64-data": base64Data,
  "config-field-format": configFieldFormat,
  "config-history-layers": configHistoryLayers,
  "date-time-format": dateTimeFormat,
  "descriptor-data-mismatch": descriptorDataMismatch,
  "digest-algorithm-portability": digestAlgorithmPortability,
  "digest-algorithm-unregistered": digestAlgorithmUnregistered,
  "digest-format": digestFormat,
  "docker-media-type-in-oci": dockerMediaTypeInOci,
  "document-media-type": documentMediaType,
  "empty-descriptor": emptyDescriptor,
  "index-duplicate-platform": indexDuplicatePlatform,
  "index-platform-missing": indexPlatformMissing,
  "integer-literal": integerLiteral,
  "json-bom": jsonBom,
  "json-duplicate-key": jsonDuplicateKey,
  "json-invalid-unicode": jsonInvalidUnicode,
  "json-limits": jsonLimits,
  "json-syntax": jsonSyntax,
  "json-unsafe-number": jsonUnsafeNumber,
  "label-schema-key": labelSchemaKey,
  "layer-media-type": layerMediaType,
  "layers-empty": layersEmpty,
  "layout-version": layoutVersion,
  "media-type-missing": mediaTypeMissing,
  "media-type-syntax": mediaTypeSyntax,
  "nondistributable-layer": nondistributableLayer,
  "platform-architecture": platformArchitecture,
  "platform-features-reserved": platformFeaturesReserved,
  "platform-format": platformFormat,
  "platform-os": platformOs,
  "platform-os-features": platformOsFeatures,
  "platform-variant": platformVariant,
  "property-type": propertyType,
  "required-property": requiredProperty,
  "rootfs-type": rootfsType,
  "schema": schema,
  "schema-version": schemaVersion,
  "size-range": sizeRange,
  "subject-media-type": subjectMediaType,
  "unknown-document": unknownDocument,
  "url-format": urlFormat,
  "url-scheme": urlScheme,
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof rules;
export const allRules: readonly Rule[] = Object.values(rules);

export * from "./defineRule.js";
