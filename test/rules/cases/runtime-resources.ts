import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const withResources = (members: string) => edit(RUNTIME_CONFIG, `"resources": {`, `"resources": {\n      ${members},`);

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "weights and rdma limits", doc: withResources(`"blockIO": { "weightDevice": [{ "major": 8, "minor": 0, "leafWeight": 300 }] },\n      "rdma": { "mlx5_1": { "hcaHandles": 3 } }`) },
    { name: "burst with unlimited quota", doc: withResources(`"cpu": { "quota": -1, "burst": 500000, "period": 100000 }`) },
    { name: "burst within quota", doc: withResources(`"cpu": { "quota": 200000, "burst": 100000, "period": 100000 }`) },
  ],
  invalid: [
    { name: "weightDevice without a weight", doc: withResources(`"blockIO": { "weightDevice": [▶{ "major": 8, "minor": 0 }] }`), pointer: "/linux/resources/blockIO/weightDevice/0", message: "a weightDevice entry needs weight or leafWeight" },
    { name: "rdma entry without limits", doc: withResources(`"rdma": { "mlx4_0": ▶{} }`), pointer: "/linux/resources/rdma/mlx4_0", message: `rdma entry "mlx4_0" needs hcaHandles or hcaObjects` },
    { name: "burst above quota", doc: withResources(`"cpu": { "quota": 100000, "burst": ▶200000, "period": 100000 }`), pointer: "/linux/resources/cpu/burst", message: "cpu.burst 200000 is larger than cpu.quota 100000" },
  ],
} satisfies RuleCases;
