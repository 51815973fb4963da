{{/*
The application's Kafka topology: which topics each principal reads and writes, and its consumer group.
It belongs to the code, not to an environment, so it is not a value. KafkaUser ACLs, KafkaTopics, the
KEDA trigger and the tests all derive from it.
*/}}
{{- define "pledgewatch.kafkaTopology" -}}
topics:
  articles.submitted: {dlq: false}
  articles.ingested: {dlq: false}
  articles.extracted: {dlq: false}
  commitments.status-changed: {dlq: false}
  articles.submitted.dlq: {dlq: true}
  articles.ingested.dlq: {dlq: true}
  articles.extracted.dlq: {dlq: true}
principals:
  ingest-service:
    reads: [articles.submitted]
    writes: [articles.ingested, articles.submitted.dlq]
    groups: [ingest-service]
    idempotent: true
  extraction-service:
    reads: [articles.ingested]
    writes: [articles.extracted, articles.ingested.dlq]
    groups: [extraction-service]
    idempotent: true
  commitments-service:
    reads: [articles.extracted]
    writes: [commitments.status-changed, articles.extracted.dlq]
    groups: [commitments-service]
    idempotent: true
  newsroom-feed:
    reads: []
    writes: [articles.submitted]
    groups: []
    idempotent: false
  dashboard:
    reads: [commitments.status-changed]
    writes: []
    groupPrefixes: [dashboard-]
    idempotent: false
{{- end -}}

{{/* Kubernetes object name of a Kafka topic: dots are legal in names but read badly next to the real topic name. */}}
{{- define "pledgewatch.topicObjectName" -}}
{{- . | replace "." "-" -}}
{{- end -}}

{{- define "pledgewatch.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels common to everything this chart renders. Call with the root context. */}}
{{- define "pledgewatch.commonLabels" -}}
app.kubernetes.io/part-of: pledgewatch
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ include "pledgewatch.chart" . }}
{{- end -}}

{{/* Selector labels of one service. Call with (dict "root" $ "name" $name). */}}
{{- define "pledgewatch.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* All labels of one service's objects. Call with (dict "root" $ "name" $name). */}}
{{- define "pledgewatch.labels" -}}
{{ include "pledgewatch.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Values.image.tag | default .root.Chart.AppVersion | quote }}
app.kubernetes.io/component: {{ .name | trimSuffix "-service" }}
{{ include "pledgewatch.commonLabels" .root }}
{{- end -}}

{{- define "pledgewatch.image" -}}
{{- $img := .root.Values.image -}}
{{- $repo := printf "%s/%s" $img.repositoryPrefix .name -}}
{{- if $img.registry -}}{{- $repo = printf "%s/%s" (trimSuffix "/" $img.registry) $repo -}}{{- end -}}
{{- printf "%s:%s" $repo ($img.tag | default .root.Chart.AppVersion) -}}
{{- end -}}

{{- define "pledgewatch.kafkaUsersNamespace" -}}
{{- .Values.strimzi.namespace | default .Release.Namespace -}}
{{- end -}}

{{- define "pledgewatch.kafkaBootstrap" -}}
{{- .Values.kafka.bootstrapServers | default (printf "%s-kafka-bootstrap.%s.svc:9093" .Values.strimzi.clusterName (include "pledgewatch.kafkaUsersNamespace" .)) -}}
{{- end -}}

{{- define "pledgewatch.kafkaCaSecret" -}}
{{- .Values.kafka.clusterCaSecret | default (printf "%s-cluster-ca-cert" .Values.strimzi.clusterName) -}}
{{- end -}}

{{- define "pledgewatch.dbHost" -}}
{{- .Values.postgresql.host | default (printf "%s-rw" .Values.cnpg.clusterName) -}}
{{- end -}}

{{- define "pledgewatch.dbCredentialsSecret" -}}
{{- .Values.postgresql.credentialsSecret | default (printf "%s-app" .Values.cnpg.clusterName) -}}
{{- end -}}

{{- define "pledgewatch.dbCaSecret" -}}
{{- .Values.postgresql.caSecret | default (printf "%s-ca" .Values.cnpg.clusterName) -}}
{{- end -}}

{{/* Partitions of one topic: a per-topic override, or the environment's default. Call with (dict "root" $ "topic" $t). */}}
{{- define "pledgewatch.partitions" -}}
{{- $override := index (.root.Values.kafka.topics.overrides | default dict) .topic | default dict -}}
{{- $override.partitions | default .root.Values.kafka.topics.partitions | int -}}
{{- end -}}

{{/*
Non-secret settings of one service, as ConfigMap data. The Deployment hashes the same output so that a
change rolls the pods. Call with (dict "root" $ "name" $name "svc" $svc).
*/}}
{{- define "pledgewatch.configData" -}}
{{- $v := .root.Values -}}
KAFKA_BOOTSTRAP_SERVERS: {{ include "pledgewatch.kafkaBootstrap" .root | quote }}
KAFKA_SECURITY_PROTOCOL: {{ $v.kafka.securityProtocol | quote }}
KAFKA_SASL_MECHANISM: {{ $v.kafka.saslMechanism | quote }}
KAFKA_SSL_TRUSTSTORE_TYPE: "PEM"
KAFKA_SSL_TRUSTSTORE_LOCATION: "/etc/pledgewatch/kafka-ca/ca.crt"
{{- if .svc.database }}
QUARKUS_DATASOURCE_JDBC_URL: {{ printf "jdbc:postgresql://%s:%d/%s?sslmode=%s&sslrootcert=/etc/pledgewatch/postgres-ca/ca.crt" (include "pledgewatch.dbHost" .root) ($v.postgresql.port | int) $v.postgresql.database $v.postgresql.sslMode | quote }}
{{- end }}
MP_JWT_VERIFY_ISSUER: {{ $v.auth.issuer | quote }}
MP_JWT_VERIFY_PUBLICKEY_LOCATION: {{ $v.auth.jwksUrl | quote }}
PLEDGEWATCH_READS_REQUIRE_TOKEN: {{ $v.auth.readsRequireToken | toString | quote }}
QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT: {{ $v.observability.otlpEndpoint | quote }}
QUARKUS_LOG_CONSOLE_JSON: {{ $v.observability.logJson | toString | quote }}
JAVA_OPTS: {{ .svc.javaOpts | default $v.javaOpts | quote }}
JAVA_MAX_MEM_RATIO: {{ .svc.javaMaxMemRatio | default $v.javaMaxMemRatio | toString | quote }}
{{- range $k, $val := .svc.extraConfig }}
{{ $k }}: {{ $val | toString | quote }}
{{- end }}
{{- end -}}

{{/* Egress to the Kubernetes API server: to the given CIDRs, or anywhere when none are given. Call with networkPolicy.kubeApiServer. */}}
{{- define "pledgewatch.apiServerEgress" -}}
- ports:
    {{- range .ports }}
    - {port: {{ . | int }}, protocol: TCP}
    {{- end }}
  {{- with .cidrs }}
  to:
    {{- range . }}
    - ipBlock: {cidr: {{ . | quote }}}
    {{- end }}
  {{- end }}
{{- end -}}
