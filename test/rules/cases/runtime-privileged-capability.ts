import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "runc's default set", doc: RUNTIME_CONFIG },
    { name: "Docker's default set", doc: edit(RUNTIME_CONFIG, `"bounding": [\n        "CAP_AUDIT_WRITE",`, `"bounding": [\n        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_SYS_CHROOT",\n        "CAP_AUDIT_WRITE",`) },
  ],
  invalid: [
    {
      name: "CAP_SYS_ADMIN in three sets",
      doc: edit(edit(edit(RUNTIME_CONFIG, `"bounding": [\n        "CAP_AUDIT_WRITE",`, `"bounding": [\n        ▶"CAP_SYS_ADMIN",\n        "CAP_AUDIT_WRITE",`), `"effective": [\n        "CAP_AUDIT_WRITE",`, `"effective": [\n        "CAP_SYS_ADMIN",\n        "CAP_AUDIT_WRITE",`), `"permitted": [\n        "CAP_AUDIT_WRITE",`, `"permitted": [\n        "CAP_SYS_ADMIN",\n        "CAP_AUDIT_WRITE",`),
      pointer: "/process/capabilities/bounding/0",
      message: "the process keeps CAP_SYS_ADMIN (bounding, effective, permitted): it opens most of the kernel's administrative interfaces (mount, namespaces, devices) and is close to full root",
    },
    {
      name: "CAP_DAC_READ_SEARCH only in ambient",
      doc: edit(RUNTIME_CONFIG, `"ambient": [\n        "CAP_AUDIT_WRITE",`, `"ambient": [\n        ▶"CAP_DAC_READ_SEARCH",\n        "CAP_AUDIT_WRITE",`),
      pointer: "/process/capabilities/ambient/0",
      message: "the process keeps CAP_DAC_READ_SEARCH (ambient): it opens files by handle past directory permissions, a known way out of a container",
    },
  ],
} satisfies RuleCases;
