import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S012",
  name: "config-field-format",
  title: "A container config field has the wrong shape",
  description:
    "Env entries are NAME=value, ExposedPorts keys are port[/tcp|/udp], Volumes and ExposedPorts values are empty objects, StopSignal names a signal and User is user[:group].",
  category: "spec",
  spec: "image-spec config.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
