// Writes the JSON schemas the deploy tests validate against (deploy/src/test/resources/schemas/).
//  - Kubernetes core types, KEDA and prometheus-operator: the schemas that the npm packages of the
//    kubernetes-models project register with their validator, captured as data (no rewriting here).
//  - Strimzi: the openAPIV3Schema of the v1 version of each CRD that Strimzi's CRD generator wrote
//    (descriptions dropped: they are most of the size and play no part in validation).
// Usage: node extract.cjs <node_modules parent dir> <strimzi crd json dir> <output dir>
'use strict';
const fs = require('fs');
const path = require('path');

const [modulesRoot, strimziDir, outDir] = process.argv.slice(2);
if (!modulesRoot || !strimziDir || !outDir) {
  console.error('usage: node extract.cjs <dir with node_modules> <strimzi crd dir> <out dir>');
  process.exit(2);
}
// By file path: the packages' "exports" maps do not list these files.
const req = (m) => {
  const file = path.join(modulesRoot, 'node_modules', m);
  return require(m.endsWith('.json') || m.endsWith('.js') ? file : require.resolve(file));
};

// Every schema the packages register lands here instead of in their ajv instance.
const definitions = {};
const validate = req('@kubernetes-models/validate');
validate.register = (id, schema) => { definitions[id] = schema; };

// Roots: apiVersion/kind -> [module that defines it, how to make it register its schema].
const core = (file) => () => req(`kubernetes-models/_schemas/${file}`).addSchema();
const model = (mod, cls) => () => {
  const Model = req(`${mod}.js`)[cls];
  try { new Model({ metadata: { name: 'x' } }).validate(); } catch (e) { /* only the registration matters */ }
};
const roots = {
  'v1/ConfigMap': ['io.k8s.api.core.v1.ConfigMap', core('IoK8sApiCoreV1ConfigMap.js')],
  'v1/Secret': ['io.k8s.api.core.v1.Secret', core('IoK8sApiCoreV1Secret.js')],
  'v1/Service': ['io.k8s.api.core.v1.Service', core('IoK8sApiCoreV1Service.js')],
  'v1/ServiceAccount': ['io.k8s.api.core.v1.ServiceAccount', core('IoK8sApiCoreV1ServiceAccount.js')],
  'apps/v1/Deployment': ['io.k8s.api.apps.v1.Deployment', core('IoK8sApiAppsV1Deployment.js')],
  'policy/v1/PodDisruptionBudget': ['io.k8s.api.policy.v1.PodDisruptionBudget', core('IoK8sApiPolicyV1PodDisruptionBudget.js')],
  'networking.k8s.io/v1/NetworkPolicy': ['io.k8s.api.networking.v1.NetworkPolicy', core('IoK8sApiNetworkingV1NetworkPolicy.js')],
  'autoscaling/v2/HorizontalPodAutoscaler': ['io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler', core('IoK8sApiAutoscalingV2HorizontalPodAutoscaler.js')],
  'keda.sh/v1alpha1/ScaledObject': ['keda.sh.v1alpha1.ScaledObject', model('@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject', 'ScaledObject')],
  'keda.sh/v1alpha1/TriggerAuthentication': ['keda.sh.v1alpha1.TriggerAuthentication', model('@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication', 'TriggerAuthentication')],
  'monitoring.coreos.com/v1/ServiceMonitor': ['monitoring.coreos.com.v1.ServiceMonitor', model('@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor', 'ServiceMonitor')],
};
const rootIds = {};
for (const [gvk, [id, register]] of Object.entries(roots)) {
  register();
  if (!definitions[id]) throw new Error(`${gvk}: ${id} was not registered`);
  rootIds[gvk] = id;
}
const versions = {};
for (const m of ['kubernetes-models', '@kubernetes-models/apimachinery', '@kubernetes-models/keda', '@kubernetes-models/prometheus-operator']) {
  versions[m] = req(`${m}/package.json`).version;
}
const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'kubernetes-models.json'),
  JSON.stringify({ source: versions, roots: rootIds, definitions: sorted }, null, 1) + '\n');
console.log(`kubernetes-models.json: ${Object.keys(sorted).length} definitions`);

// Strimzi
// Drops the "description" keyword, never a property that happens to be called "description".
const dropDescriptions = (n) => {
  if (Array.isArray(n)) return n.map(dropDescriptions);
  if (n && typeof n === 'object') {
    const o = {};
    for (const [k, v] of Object.entries(n)) {
      if (k === 'description') continue;
      o[k] = k === 'properties'
        ? Object.fromEntries(Object.entries(v).map(([name, schema]) => [name, dropDescriptions(schema)]))
        : dropDescriptions(v);
    }
    return o;
  }
  return n;
};
fs.mkdirSync(path.join(outDir, 'strimzi'), { recursive: true });
for (const f of fs.readdirSync(strimziDir).filter((f) => f.endsWith('.json')).sort()) {
  const crd = JSON.parse(fs.readFileSync(path.join(strimziDir, f), 'utf8'));
  const v1 = crd.spec.versions.find((v) => v.name === 'v1');
  const out = {
    group: crd.spec.group,
    version: v1.name,
    kind: crd.spec.names.kind,
    openAPIV3Schema: dropDescriptions(v1.schema.openAPIV3Schema),
  };
  const name = `${crd.spec.group}_${v1.name}_${crd.spec.names.kind}.json`;
  fs.writeFileSync(path.join(outDir, 'strimzi', name), JSON.stringify(out, null, 1) + '\n');
  console.log(`strimzi/${name}`);
}
