import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{a as re}from"./chunk-AL72GYOR.mjs";import{a as x,b as _,c as Y,e as X,f as Q,g as ee,h as te,i as ne,j as ie,k as oe}from"./chunk-HU7NU2PJ.mjs";import{a as W,b as w,d as J,e as B,f as Z}from"./chunk-KX53BUNZ.mjs";import{a as ve}from"./chunk-FSRZJK3V.mjs";import{a as O,b as L,c as G,d as T}from"./chunk-JSID4RAK.mjs";import{l as q,m as F}from"./chunk-347M73PX.mjs";import{c as N,e as z,o as K}from"./chunk-HHUVBKJP.mjs";import{a as I,c as E}from"./chunk-IJ2EBATH.mjs";import{a as $}from"./chunk-MOIIUYNM.mjs";import{a as U,d as H}from"./chunk-MOPASSTV.mjs";import{a as h,b as A,c as M,e as k,f as S,h as y}from"./chunk-HG5IKD7E.mjs";import{d as Pe}from"./chunk-X4TZVJ6T.mjs";import{isAbsolute as Ee,relative as ze,resolve as R,sep as Ke}from"node:path";import{existsSync as Fe,realpathSync as Ue,statSync as He}from"node:fs";import{existsSync as je,readdirSync as ke,readFileSync as Me,statSync as xe}from"node:fs";import{join as Se,posix as Ne,relative as qe,sep as pe}from"node:path";var me=Pe(ve(),1);var D=[{path:"templates/components/cron-task.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: cron-task
spec:
  version: 1.0.0
  description: >-
    Scheduled work: a batch/v1 CronJob whose Jobs run \`count\` pods each (backups, reports).
  workloadType: task
  schema:
    type: object
    additionalProperties: false
    required: [image, schedule]
    properties:
      schedule:
        type: string
        minLength: 1
        description: Cron schedule, e.g. "0 3 * * *".
      timeZone:
        type: string
        description: IANA time zone of the schedule, e.g. Europe/Paris (default the controller's).
      startingDeadlineSeconds:
        type: integer
        minimum: 0
        description: Skip a run that cannot start within this many seconds of its time.
      concurrencyPolicy:
        enum: [Allow, Forbid, Replace]
        default: Allow
        description: What to do when a run is due while the previous one still runs.
      suspend:
        type: boolean
        default: false
        description: Pause scheduling.
      successfulJobsHistoryLimit:
        type: integer
        minimum: 0
        default: 3
        description: Finished Jobs to keep.
      failedJobsHistoryLimit:
        type: integer
        minimum: 0
        default: 1
        description: Failed Jobs to keep.
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      count:
        type: integer
        minimum: 1
        default: 1
        description: Pods that must complete (Job completions and parallelism).
      restart:
        enum: [Never, OnFailure]
        default: Never
        description: Pod restartPolicy.
      backoffLimit:
        type: integer
        minimum: 0
        default: 6
        description: Retries before a Job is marked failed.
      activeDeadlineSeconds:
        type: integer
        minimum: 1
        description: Time limit for the Job, in seconds.
      ttlSecondsAfterFinished:
        type: integer
        minimum: 0
        description: Delete the finished Job after this many seconds.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
  template: |
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      schedule: {{json properties.schedule}}
    {{#if properties.timeZone}}
      timeZone: {{json properties.timeZone}}
    {{/if}}
    {{#if (defined properties.startingDeadlineSeconds)}}
      startingDeadlineSeconds: {{json properties.startingDeadlineSeconds}}
    {{/if}}
      concurrencyPolicy: {{json properties.concurrencyPolicy}}
      suspend: {{json properties.suspend}}
      successfulJobsHistoryLimit: {{json properties.successfulJobsHistoryLimit}}
      failedJobsHistoryLimit: {{json properties.failedJobsHistoryLimit}}
      jobTemplate:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
          parallelism: {{json properties.count}}
          completions: {{json properties.count}}
          backoffLimit: {{json properties.backoffLimit}}
    {{#if (defined properties.activeDeadlineSeconds)}}
          activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
    {{/if}}
    {{#if (defined properties.ttlSecondsAfterFinished)}}
          ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
    {{/if}}
          template:
            metadata:
              labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
              annotations: {{json properties.annotations}}
    {{/if}}
            spec:
              restartPolicy: {{json properties.restart}}
    {{#if properties.imagePullSecrets}}
              imagePullSecrets:
    {{#each properties.imagePullSecrets}}
                - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
                - name: {{json this.name}}
    {{#if (defined this.claimName)}}
                  persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
                  configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
                  secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
                  hostPath: {{json (dict "path" this.path)}}
    {{else}}
                  emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
              volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
              hostAliases: {{json properties.hostAliases}}
    {{/if}}
              containers:
                - name: {{json name}}
                  image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
                  imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
                  command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
                  args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
                  env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
                  resources:
                    requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                    limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
                  resources:
                    limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                  volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                    - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
                  volumeMounts: []
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"cron-task"},spec:{version:"1.0.0",description:"Scheduled work: a batch/v1 CronJob whose Jobs run `count` pods each (backups, reports).",workloadType:"task",schema:{type:"object",additionalProperties:!1,required:["image","schedule"],properties:{schedule:{type:"string",minLength:1,description:'Cron schedule, e.g. "0 3 * * *".'},timeZone:{type:"string",description:"IANA time zone of the schedule, e.g. Europe/Paris (default the controller's)."},startingDeadlineSeconds:{type:"integer",minimum:0,description:"Skip a run that cannot start within this many seconds of its time."},concurrencyPolicy:{enum:["Allow","Forbid","Replace"],default:"Allow",description:"What to do when a run is due while the previous one still runs."},suspend:{type:"boolean",default:!1,description:"Pause scheduling."},successfulJobsHistoryLimit:{type:"integer",minimum:0,default:3,description:"Finished Jobs to keep."},failedJobsHistoryLimit:{type:"integer",minimum:0,default:1,description:"Failed Jobs to keep."},image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},count:{type:"integer",minimum:1,default:1,description:"Pods that must complete (Job completions and parallelism)."},restart:{enum:["Never","OnFailure"],default:"Never",description:"Pod restartPolicy."},backoffLimit:{type:"integer",minimum:0,default:6,description:"Retries before a Job is marked failed."},activeDeadlineSeconds:{type:"integer",minimum:1,description:"Time limit for the Job, in seconds."},ttlSecondsAfterFinished:{type:"integer",minimum:0,description:"Delete the finished Job after this many seconds."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}}}},template:`apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  schedule: {{json properties.schedule}}
{{#if properties.timeZone}}
  timeZone: {{json properties.timeZone}}
{{/if}}
{{#if (defined properties.startingDeadlineSeconds)}}
  startingDeadlineSeconds: {{json properties.startingDeadlineSeconds}}
{{/if}}
  concurrencyPolicy: {{json properties.concurrencyPolicy}}
  suspend: {{json properties.suspend}}
  successfulJobsHistoryLimit: {{json properties.successfulJobsHistoryLimit}}
  failedJobsHistoryLimit: {{json properties.failedJobsHistoryLimit}}
  jobTemplate:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
      parallelism: {{json properties.count}}
      completions: {{json properties.count}}
      backoffLimit: {{json properties.backoffLimit}}
{{#if (defined properties.activeDeadlineSeconds)}}
      activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
{{/if}}
{{#if (defined properties.ttlSecondsAfterFinished)}}
      ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
{{/if}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
          annotations: {{json properties.annotations}}
{{/if}}
        spec:
          restartPolicy: {{json properties.restart}}
{{#if properties.imagePullSecrets}}
          imagePullSecrets:
{{#each properties.imagePullSecrets}}
            - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
{{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
{{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
          volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
{{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
              command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
              args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
              env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
              volumeMounts: []
{{/if}}
{{/if}}
`}},origins:{template:[260,5]},hash:"c3a6fd297062b74f486257b1721b33602b87a7bb9df02eb6c5be54096851ad1c"}]},{path:"templates/components/daemon.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: daemon
spec:
  version: 1.0.0
  description: >-
    A pod on every node: an apps/v1 DaemonSet and, when any port is exposed, a v1 Service selecting
    its pods (KubeVela's daemon component).
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      port:
        type: integer
        minimum: 1
        maximum: 65535
        description: Legacy single container port (not exposed). Ignored when \`ports\` is set.
      ports:
        type: array
        description: Ports the container listens on; those with \`expose\` reach the Service.
        items:
          type: object
          additionalProperties: false
          required: [port]
          properties:
            port:
              type: integer
              minimum: 1
              maximum: 65535
              description: Container port, and the Service port when exposed.
            name:
              type: string
              pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
              maxLength: 15
              description: Port name (default port-<port>).
            protocol:
              enum: [TCP, UDP, SCTP]
              default: TCP
              description: Transport protocol.
            expose:
              type: boolean
              default: false
              description: Add this port to the Service.
      exposeType:
        enum: [ClusterIP, NodePort, LoadBalancer, ExternalName]
        default: ClusterIP
        description: Service type.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.ports}}
              ports:
    {{#each properties.ports}}
                - name: {{json (default this.name (concat "port-" this.port))}}
                  containerPort: {{json this.port}}
                  protocol: {{json this.protocol}}
    {{/each}}
    {{else if (defined properties.port)}}
              ports:
                - containerPort: {{json properties.port}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
    {{#if (where properties.ports "expose" true)}}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      type: {{json properties.exposeType}}
      selector: {{json context.labels.selector}}
      ports:
    {{#each (where properties.ports "expose" true)}}
        - name: {{json (default this.name (concat "port-" this.port))}}
          port: {{json this.port}}
          targetPort: {{json this.port}}
    {{#if (ne this.protocol "TCP")}}
          protocol: {{json this.protocol}}
    {{/if}}
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"daemon"},spec:{version:"1.0.0",description:"A pod on every node: an apps/v1 DaemonSet and, when any port is exposed, a v1 Service selecting its pods (KubeVela's daemon component).",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},port:{type:"integer",minimum:1,maximum:65535,description:"Legacy single container port (not exposed). Ignored when `ports` is set."},ports:{type:"array",description:"Ports the container listens on; those with `expose` reach the Service.",items:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Container port, and the Service port when exposed."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<port>)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Transport protocol."},expose:{type:"boolean",default:!1,description:"Add this port to the Service."}}}},exposeType:{enum:["ClusterIP","NodePort","LoadBalancer","ExternalName"],default:"ClusterIP",description:"Service type."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.ports}}
          ports:
{{#each properties.ports}}
            - name: {{json (default this.name (concat "port-" this.port))}}
              containerPort: {{json this.port}}
              protocol: {{json this.protocol}}
{{/each}}
{{else if (defined properties.port)}}
          ports:
            - containerPort: {{json properties.port}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
{{#if (where properties.ports "expose" true)}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  type: {{json properties.exposeType}}
  selector: {{json context.labels.selector}}
  ports:
{{#each (where properties.ports "expose" true)}}
    - name: {{json (default this.name (concat "port-" this.port))}}
      port: {{json this.port}}
      targetPort: {{json this.port}}
{{#if (ne this.protocol "TCP")}}
      protocol: {{json this.protocol}}
{{/if}}
{{/each}}
{{/if}}
`}},origins:{template:[307,5]},hash:"f5f83e5f3439a84efd6b8bd0325805c1f5f9da9cf9125738d5ef128f73bba0d7"}]},{path:"templates/components/helm.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: helm
spec:
  version: 1.0.0
  description: >-
    A Helm chart from a project Repository, installed on the spoke by Flux: a HelmRepository (HTTP
    repositories) or an OCIRepository (oci:// registries) plus a HelmRelease. hubcast resolves the
    version range to the exact version Flux would pick, pins it, and records it in the lock.
  workloadType: application
  source: helm
  schema:
    type: object
    additionalProperties: false
    required: [chart, repository]
    properties:
      chart:
        type: string
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$'
        maxLength: 2048
        description: Chart name in the repository, e.g. podinfo.
      version:
        type: string
        minLength: 1
        default: '*'
        description: >-
          Exact version or semver range as Flux reads it (Masterminds/semver), e.g. ">=6.5 <7";
          "*" is the latest stable version.
      repository:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        description: >-
          Name of a Repository in the deployment's namespace, the profile's namespace or the
          system namespace.
      pin:
        type: boolean
        default: true
        description: >-
          Write the resolved exact version into the Flux objects (default). false keeps the range,
          so Flux floats within it; the lock still records the version hubcast resolved.
      values:
        type: object
        description: Inline chart values (HelmRelease spec.values).
      valuesFrom:
        type: array
        description: ConfigMaps/Secrets in the workload namespace with values, merged in order before \`values\`.
        items:
          type: object
          additionalProperties: false
          required: [kind, name]
          properties:
            kind: { enum: [ConfigMap, Secret] }
            name: { type: string, minLength: 1 }
            valuesKey: { type: string }
            targetPath: { type: string }
            optional: { type: boolean }
      releaseName:
        type: string
        maxLength: 53
        description: Helm release name (Flux default \`[targetNamespace-]<component>\`).
      targetNamespace:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Namespace the chart installs into (default the workload namespace).
      serviceAccountName:
        type: string
        minLength: 1
        description: Service account Flux impersonates for the release.
      interval:
        type: string
        pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'
        default: 10m
        description: How often Flux reconciles the source and the release.
      timeout:
        type: string
        pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'
        description: Timeout of Helm actions (HelmRelease spec.timeout).
      install:
        type: object
        description: HelmRelease spec.install (crds, createNamespace, remediation, ...), passed through.
      upgrade:
        type: object
        description: HelmRelease spec.upgrade (crds, cleanupOnFail, remediation, ...), passed through.
  template: |
    {{#if (eq context.source.type "oci")}}
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: OCIRepository
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      url: {{json context.source.url}}
      ref:
    {{#if properties.pin}}
        tag: {{json context.source.tag}}
    {{else}}
        semver: {{json context.source.range}}
    {{/if}}
      layerSelector:
        mediaType: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
        operation: copy
    {{#if context.source.secretRef}}
      secretRef:
        name: {{json context.source.secretRef}}
    {{/if}}
    {{#if context.source.insecure}}
      insecure: true
    {{/if}}
    {{else}}
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: HelmRepository
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      url: {{json context.source.url}}
    {{#if context.source.secretRef}}
      secretRef:
        name: {{json context.source.secretRef}}
    {{/if}}
    {{/if}}
    ---
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
    {{#if (eq context.source.type "oci")}}
      chartRef:
        kind: OCIRepository
        name: {{json name}}
    {{else}}
      chart:
        spec:
          chart: {{json context.source.chart}}
    {{#if properties.pin}}
          version: {{json context.source.version}}
    {{else}}
          version: {{json context.source.range}}
    {{/if}}
          sourceRef:
            kind: HelmRepository
            name: {{json name}}
    {{/if}}
    {{#if (defined properties.releaseName)}}
      releaseName: {{json properties.releaseName}}
    {{/if}}
    {{#if (defined properties.targetNamespace)}}
      targetNamespace: {{json properties.targetNamespace}}
    {{/if}}
    {{#if (defined properties.serviceAccountName)}}
      serviceAccountName: {{json properties.serviceAccountName}}
    {{/if}}
    {{#if (defined properties.timeout)}}
      timeout: {{json properties.timeout}}
    {{/if}}
    {{#if (defined properties.install)}}
      install: {{json properties.install}}
    {{/if}}
    {{#if (defined properties.upgrade)}}
      upgrade: {{json properties.upgrade}}
    {{/if}}
    {{#if (defined properties.valuesFrom)}}
      valuesFrom: {{json properties.valuesFrom}}
    {{/if}}
    {{#if (defined properties.values)}}
      values: {{json properties.values}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"helm"},spec:{version:"1.0.0",description:"A Helm chart from a project Repository, installed on the spoke by Flux: a HelmRepository (HTTP repositories) or an OCIRepository (oci:// registries) plus a HelmRelease. hubcast resolves the version range to the exact version Flux would pick, pins it, and records it in the lock.",workloadType:"application",source:"helm",schema:{type:"object",additionalProperties:!1,required:["chart","repository"],properties:{chart:{type:"string",pattern:"^[A-Za-z0-9][A-Za-z0-9._-]*$",maxLength:2048,description:"Chart name in the repository, e.g. podinfo."},version:{type:"string",minLength:1,default:"*",description:'Exact version or semver range as Flux reads it (Masterminds/semver), e.g. ">=6.5 <7"; "*" is the latest stable version.'},repository:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",description:"Name of a Repository in the deployment's namespace, the profile's namespace or the system namespace."},pin:{type:"boolean",default:!0,description:"Write the resolved exact version into the Flux objects (default). false keeps the range, so Flux floats within it; the lock still records the version hubcast resolved."},values:{type:"object",description:"Inline chart values (HelmRelease spec.values)."},valuesFrom:{type:"array",description:"ConfigMaps/Secrets in the workload namespace with values, merged in order before `values`.",items:{type:"object",additionalProperties:!1,required:["kind","name"],properties:{kind:{enum:["ConfigMap","Secret"]},name:{type:"string",minLength:1},valuesKey:{type:"string"},targetPath:{type:"string"},optional:{type:"boolean"}}}},releaseName:{type:"string",maxLength:53,description:"Helm release name (Flux default `[targetNamespace-]<component>`)."},targetNamespace:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Namespace the chart installs into (default the workload namespace)."},serviceAccountName:{type:"string",minLength:1,description:"Service account Flux impersonates for the release."},interval:{type:"string",pattern:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$",default:"10m",description:"How often Flux reconciles the source and the release."},timeout:{type:"string",pattern:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$",description:"Timeout of Helm actions (HelmRelease spec.timeout)."},install:{type:"object",description:"HelmRelease spec.install (crds, createNamespace, remediation, ...), passed through."},upgrade:{type:"object",description:"HelmRelease spec.upgrade (crds, cleanupOnFail, remediation, ...), passed through."}}},template:`{{#if (eq context.source.type "oci")}}
apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  url: {{json context.source.url}}
  ref:
{{#if properties.pin}}
    tag: {{json context.source.tag}}
{{else}}
    semver: {{json context.source.range}}
{{/if}}
  layerSelector:
    mediaType: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
    operation: copy
{{#if context.source.secretRef}}
  secretRef:
    name: {{json context.source.secretRef}}
{{/if}}
{{#if context.source.insecure}}
  insecure: true
{{/if}}
{{else}}
apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  url: {{json context.source.url}}
{{#if context.source.secretRef}}
  secretRef:
    name: {{json context.source.secretRef}}
{{/if}}
{{/if}}
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
{{#if (eq context.source.type "oci")}}
  chartRef:
    kind: OCIRepository
    name: {{json name}}
{{else}}
  chart:
    spec:
      chart: {{json context.source.chart}}
{{#if properties.pin}}
      version: {{json context.source.version}}
{{else}}
      version: {{json context.source.range}}
{{/if}}
      sourceRef:
        kind: HelmRepository
        name: {{json name}}
{{/if}}
{{#if (defined properties.releaseName)}}
  releaseName: {{json properties.releaseName}}
{{/if}}
{{#if (defined properties.targetNamespace)}}
  targetNamespace: {{json properties.targetNamespace}}
{{/if}}
{{#if (defined properties.serviceAccountName)}}
  serviceAccountName: {{json properties.serviceAccountName}}
{{/if}}
{{#if (defined properties.timeout)}}
  timeout: {{json properties.timeout}}
{{/if}}
{{#if (defined properties.install)}}
  install: {{json properties.install}}
{{/if}}
{{#if (defined properties.upgrade)}}
  upgrade: {{json properties.upgrade}}
{{/if}}
{{#if (defined properties.valuesFrom)}}
  valuesFrom: {{json properties.valuesFrom}}
{{/if}}
{{#if (defined properties.values)}}
  values: {{json properties.values}}
{{/if}}
`}},origins:{template:[87,5]},hash:"c0826df42346b668f4af4a8ecc66e3be40689514f0de36ad4e5c12bdc5436880"}]},{path:"templates/components/k8s-objects.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: k8s-objects
spec:
  version: 1.0.0
  description: >-
    Raw Kubernetes objects, emitted as written. Namespaced objects without metadata.namespace get
    the workload namespace.
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [objects]
    properties:
      objects:
        type: array
        minItems: 1
        description: The objects, each a complete Kubernetes object (apiVersion, kind, metadata.name, ...).
        items:
          type: object
          required: [apiVersion, kind, metadata]
          properties:
            apiVersion: { type: string, minLength: 1, description: API group/version. }
            kind: { type: string, minLength: 1, description: Object kind. }
            metadata:
              type: object
              required: [name]
              description: Object metadata; namespace defaults to the workload namespace for namespaced kinds.
              properties:
                name: { type: string, minLength: 1 }
                namespace: { type: string }
      clusterScopedKinds:
        type: array
        items: { type: string, minLength: 1 }
        description: >-
          Extra cluster-scoped kinds (custom resources) that must not get a namespace; built-in
          ones (Namespace, ClusterRole, StorageClass, CustomResourceDefinition, ...) are known.
  template: |
    {{#each properties.objects}}
    ---
    {{#each this}}
    {{#if (ne @key "metadata")}}
    {{json @key}}: {{json this}}
    {{/if}}
    {{/each}}
    metadata:
    {{#each this.metadata}}
    {{#if (ne @key "namespace")}}
      {{json @key}}: {{json this}}
    {{/if}}
    {{/each}}
    {{#if this.metadata.namespace}}
      namespace: {{json this.metadata.namespace}}
    {{else if (namespaced this.kind ../properties.clusterScopedKinds)}}
      namespace: {{json ../context.workload.namespace}}
    {{/if}}
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"k8s-objects"},spec:{version:"1.0.0",description:"Raw Kubernetes objects, emitted as written. Namespaced objects without metadata.namespace get the workload namespace.",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["objects"],properties:{objects:{type:"array",minItems:1,description:"The objects, each a complete Kubernetes object (apiVersion, kind, metadata.name, ...).",items:{type:"object",required:["apiVersion","kind","metadata"],properties:{apiVersion:{type:"string",minLength:1,description:"API group/version."},kind:{type:"string",minLength:1,description:"Object kind."},metadata:{type:"object",required:["name"],description:"Object metadata; namespace defaults to the workload namespace for namespaced kinds.",properties:{name:{type:"string",minLength:1},namespace:{type:"string"}}}}}},clusterScopedKinds:{type:"array",items:{type:"string",minLength:1},description:"Extra cluster-scoped kinds (custom resources) that must not get a namespace; built-in ones (Namespace, ClusterRole, StorageClass, CustomResourceDefinition, ...) are known."}}},template:`{{#each properties.objects}}
---
{{#each this}}
{{#if (ne @key "metadata")}}
{{json @key}}: {{json this}}
{{/if}}
{{/each}}
metadata:
{{#each this.metadata}}
{{#if (ne @key "namespace")}}
  {{json @key}}: {{json this}}
{{/if}}
{{/each}}
{{#if this.metadata.namespace}}
  namespace: {{json this.metadata.namespace}}
{{else if (namespaced this.kind ../properties.clusterScopedKinds)}}
  namespace: {{json ../context.workload.namespace}}
{{/if}}
{{/each}}
`}},origins:{template:[40,5]},hash:"f1402520ed2c988bc1c924ca73c1f6efa07822aff3f0067f866d25b2a91e03e8"}]},{path:"templates/components/kustomize.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: kustomize
spec:
  version: 1.0.0
  description: >-
    A folder of a git repository applied on the spoke by Flux: a GitRepository plus a Kustomization.
    hubcast resolves the branch, tag or semver range to a commit with git ls-remote, pins it as
    ref.commit, and records it in the lock.
  workloadType: application
  source: git
  schema:
    type: object
    additionalProperties: false
    required: [url, ref]
    properties:
      url:
        type: string
        pattern: '^(https?|ssh)://\\S+$'
        description: Git URL as Flux takes it (http, https or ssh).
      ref:
        type: object
        additionalProperties: false
        minProperties: 1
        description: >-
          What to check out: branch, tag, semver (a range over the tags), commit or name (a full
          ref); Flux's precedence commit > name > semver > tag > branch applies.
        properties:
          branch: { type: string, minLength: 1 }
          tag: { type: string, minLength: 1 }
          semver: { type: string, minLength: 1 }
          commit: { type: string, pattern: '^[0-9a-f]{40}$' }
          name: { type: string, pattern: '^refs/' }
      path:
        type: string
        default: ./
        description: Folder with the kustomization.yaml (or plain manifests), relative to the repository root.
      secretRef:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'
        description: Secret with git credentials (in the workload namespace on the spoke; HUBCAST_SECRET_* for hubcast).
      pin:
        type: boolean
        default: true
        description: >-
          Write the resolved commit as ref.commit (default). false keeps the ref as written, so
          Flux follows it; the lock still records the commit hubcast resolved.
      prune:
        type: boolean
        default: true
        description: Delete objects that disappear from the folder (Kustomization spec.prune).
      targetNamespace:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Namespace set on every object of the folder.
      interval:
        type: string
        pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'
        default: 10m
        description: How often Flux reconciles the source and the Kustomization.
  template: |
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: GitRepository
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      url: {{json context.source.url}}
    {{#if properties.pin}}
      ref:
    {{#if context.source.branch}}
        branch: {{json context.source.branch}}
    {{/if}}
        commit: {{json context.source.commit}}
    {{else}}
      ref: {{json properties.ref}}
    {{/if}}
    {{#if context.source.secretRef}}
      secretRef:
        name: {{json context.source.secretRef}}
    {{/if}}
    ---
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels:
        app.kubernetes.io/name: {{json name}}
        app.kubernetes.io/instance: {{json context.workload.name}}
    spec:
      interval: {{json properties.interval}}
      path: {{json properties.path}}
      prune: {{json properties.prune}}
      sourceRef:
        kind: GitRepository
        name: {{json name}}
    {{#if (defined properties.targetNamespace)}}
      targetNamespace: {{json properties.targetNamespace}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"kustomize"},spec:{version:"1.0.0",description:"A folder of a git repository applied on the spoke by Flux: a GitRepository plus a Kustomization. hubcast resolves the branch, tag or semver range to a commit with git ls-remote, pins it as ref.commit, and records it in the lock.",workloadType:"application",source:"git",schema:{type:"object",additionalProperties:!1,required:["url","ref"],properties:{url:{type:"string",pattern:"^(https?|ssh)://\\S+$",description:"Git URL as Flux takes it (http, https or ssh)."},ref:{type:"object",additionalProperties:!1,minProperties:1,description:"What to check out: branch, tag, semver (a range over the tags), commit or name (a full ref); Flux's precedence commit > name > semver > tag > branch applies.",properties:{branch:{type:"string",minLength:1},tag:{type:"string",minLength:1},semver:{type:"string",minLength:1},commit:{type:"string",pattern:"^[0-9a-f]{40}$"},name:{type:"string",pattern:"^refs/"}}},path:{type:"string",default:"./",description:"Folder with the kustomization.yaml (or plain manifests), relative to the repository root."},secretRef:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",description:"Secret with git credentials (in the workload namespace on the spoke; HUBCAST_SECRET_* for hubcast)."},pin:{type:"boolean",default:!0,description:"Write the resolved commit as ref.commit (default). false keeps the ref as written, so Flux follows it; the lock still records the commit hubcast resolved."},prune:{type:"boolean",default:!0,description:"Delete objects that disappear from the folder (Kustomization spec.prune)."},targetNamespace:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Namespace set on every object of the folder."},interval:{type:"string",pattern:"^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$",default:"10m",description:"How often Flux reconciles the source and the Kustomization."}}},template:`apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  url: {{json context.source.url}}
{{#if properties.pin}}
  ref:
{{#if context.source.branch}}
    branch: {{json context.source.branch}}
{{/if}}
    commit: {{json context.source.commit}}
{{else}}
  ref: {{json properties.ref}}
{{/if}}
{{#if context.source.secretRef}}
  secretRef:
    name: {{json context.source.secretRef}}
{{/if}}
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels:
    app.kubernetes.io/name: {{json name}}
    app.kubernetes.io/instance: {{json context.workload.name}}
spec:
  interval: {{json properties.interval}}
  path: {{json properties.path}}
  prune: {{json properties.prune}}
  sourceRef:
    kind: GitRepository
    name: {{json name}}
{{#if (defined properties.targetNamespace)}}
  targetNamespace: {{json properties.targetNamespace}}
{{/if}}
`}},origins:{template:[64,5]},hash:"d2e228f387051c836bee72c27c825c53a922876567a812e49202c2105ab05e55"}]},{path:"templates/components/statefulset.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: statefulset
spec:
  version: 1.0.0
  description: >-
    Stateful service: an apps/v1 StatefulSet and, when any port is exposed, a v1 Service selecting
    its pods (KubeVela's statefulset component).
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      replicas:
        type: integer
        minimum: 0
        description: Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1).
      port:
        type: integer
        minimum: 1
        maximum: 65535
        description: Legacy single container port (not exposed). Ignored when \`ports\` is set.
      ports:
        type: array
        description: Ports the container listens on; those with \`expose\` reach the Service.
        items:
          type: object
          additionalProperties: false
          anyOf:
            - required: [port]
            - required: [containerPort]
          properties:
            port:
              type: integer
              minimum: 1
              maximum: 65535
              description: Service port (default containerPort).
            containerPort:
              type: integer
              minimum: 1
              maximum: 65535
              description: Port the container listens on (default port).
            name:
              type: string
              pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
              maxLength: 15
              description: Port name (default port-<containerPort>, with -udp/-sctp for those protocols).
            protocol:
              enum: [TCP, UDP, SCTP]
              default: TCP
              description: Transport protocol.
            expose:
              type: boolean
              default: false
              description: Add this port to the Service.
            nodePort:
              type: integer
              minimum: 30000
              maximum: 32767
              description: Fixed node port, used when exposeType is NodePort.
      exposeType:
        enum: [ClusterIP, NodePort, LoadBalancer]
        default: ClusterIP
        description: Service type.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
    {{#if (defined properties.replicas)}}
      replicas: {{json properties.replicas}}
    {{/if}}
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.ports}}
              ports:
    {{#each properties.ports}}
    {{#if this.name}}
                - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
                - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
                - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
                  containerPort: {{json (default this.containerPort this.port)}}
                  protocol: {{json this.protocol}}
    {{/each}}
    {{else if (defined properties.port)}}
              ports:
                - containerPort: {{json properties.port}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
    {{#if (where properties.ports "expose" true)}}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      type: {{json properties.exposeType}}
      selector: {{json context.labels.selector}}
      ports:
    {{#each (where properties.ports "expose" true)}}
    {{#if this.name}}
        - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
        - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
        - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
          port: {{json (default this.port this.containerPort)}}
          targetPort: {{json (default this.containerPort this.port)}}
          protocol: {{json this.protocol}}
    {{#if (and this.nodePort (eq ../properties.exposeType "NodePort"))}}
          nodePort: {{json this.nodePort}}
    {{/if}}
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"statefulset"},spec:{version:"1.0.0",description:"Stateful service: an apps/v1 StatefulSet and, when any port is exposed, a v1 Service selecting its pods (KubeVela's statefulset component).",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},replicas:{type:"integer",minimum:0,description:"Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1)."},port:{type:"integer",minimum:1,maximum:65535,description:"Legacy single container port (not exposed). Ignored when `ports` is set."},ports:{type:"array",description:"Ports the container listens on; those with `expose` reach the Service.",items:{type:"object",additionalProperties:!1,anyOf:[{required:["port"]},{required:["containerPort"]}],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Service port (default containerPort)."},containerPort:{type:"integer",minimum:1,maximum:65535,description:"Port the container listens on (default port)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<containerPort>, with -udp/-sctp for those protocols)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Transport protocol."},expose:{type:"boolean",default:!1,description:"Add this port to the Service."},nodePort:{type:"integer",minimum:3e4,maximum:32767,description:"Fixed node port, used when exposeType is NodePort."}}}},exposeType:{enum:["ClusterIP","NodePort","LoadBalancer"],default:"ClusterIP",description:"Service type."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
{{#if (defined properties.replicas)}}
  replicas: {{json properties.replicas}}
{{/if}}
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.ports}}
          ports:
{{#each properties.ports}}
{{#if this.name}}
            - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
            - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
            - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
              containerPort: {{json (default this.containerPort this.port)}}
              protocol: {{json this.protocol}}
{{/each}}
{{else if (defined properties.port)}}
          ports:
            - containerPort: {{json properties.port}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
{{#if (where properties.ports "expose" true)}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  type: {{json properties.exposeType}}
  selector: {{json context.labels.selector}}
  ports:
{{#each (where properties.ports "expose" true)}}
{{#if this.name}}
    - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
    - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
    - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
      port: {{json (default this.port this.containerPort)}}
      targetPort: {{json (default this.containerPort this.port)}}
      protocol: {{json this.protocol}}
{{#if (and this.nodePort (eq ../properties.exposeType "NodePort"))}}
      nodePort: {{json this.nodePort}}
{{/if}}
{{/each}}
{{/if}}
`}},origins:{template:[323,5]},hash:"87f1a4baf68266c93095b771eb5793adec2b8c0cbe38edbb20338df69091c758"}]},{path:"templates/components/task.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: task
spec:
  version: 1.0.0
  description: >-
    Run-to-completion work: a batch/v1 Job named <workload>-<component> running \`count\` pods (migrations,
    batch processing).
  workloadType: task
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      count:
        type: integer
        minimum: 1
        default: 1
        description: Pods that must complete (Job completions and parallelism).
      restart:
        enum: [Never, OnFailure]
        default: Never
        description: Pod restartPolicy.
      backoffLimit:
        type: integer
        minimum: 0
        description: Retries before the Job is marked failed (Kubernetes default 6).
      activeDeadlineSeconds:
        type: integer
        minimum: 1
        description: Time limit for the Job, in seconds.
      ttlSecondsAfterFinished:
        type: integer
        minimum: 0
        description: Delete the finished Job after this many seconds.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
  template: |
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: {{json (concat context.workload.name "-" name)}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      parallelism: {{json properties.count}}
      completions: {{json properties.count}}
    {{#if (defined properties.backoffLimit)}}
      backoffLimit: {{json properties.backoffLimit}}
    {{/if}}
    {{#if (defined properties.activeDeadlineSeconds)}}
      activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
    {{/if}}
    {{#if (defined properties.ttlSecondsAfterFinished)}}
      ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
    {{/if}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
          restartPolicy: {{json properties.restart}}
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"task"},spec:{version:"1.0.0",description:"Run-to-completion work: a batch/v1 Job named <workload>-<component> running `count` pods (migrations, batch processing).",workloadType:"task",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},count:{type:"integer",minimum:1,default:1,description:"Pods that must complete (Job completions and parallelism)."},restart:{enum:["Never","OnFailure"],default:"Never",description:"Pod restartPolicy."},backoffLimit:{type:"integer",minimum:0,description:"Retries before the Job is marked failed (Kubernetes default 6)."},activeDeadlineSeconds:{type:"integer",minimum:1,description:"Time limit for the Job, in seconds."},ttlSecondsAfterFinished:{type:"integer",minimum:0,description:"Delete the finished Job after this many seconds."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}}}},template:`apiVersion: batch/v1
kind: Job
metadata:
  name: {{json (concat context.workload.name "-" name)}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  parallelism: {{json properties.count}}
  completions: {{json properties.count}}
{{#if (defined properties.backoffLimit)}}
  backoffLimit: {{json properties.backoffLimit}}
{{/if}}
{{#if (defined properties.activeDeadlineSeconds)}}
  activeDeadlineSeconds: {{json properties.activeDeadlineSeconds}}
{{/if}}
{{#if (defined properties.ttlSecondsAfterFinished)}}
  ttlSecondsAfterFinished: {{json properties.ttlSecondsAfterFinished}}
{{/if}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
      restartPolicy: {{json properties.restart}}
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
`}},origins:{template:[221,5]},hash:"d3a9319df112df1494f741726fb6151bdf6b7fe991d0c5620b4e1f9fba54ebc2"}]},{path:"templates/components/webservice.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: webservice
spec:
  version: 1.0.0
  description: >-
    Long-running web service: an apps/v1 Deployment and, when any port is exposed, a v1 Service
    selecting its pods.
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      replicas:
        type: integer
        minimum: 0
        description: Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1).
      port:
        type: integer
        minimum: 1
        maximum: 65535
        description: >-
          Legacy single port: the container port, always exposed through the Service on the same
          port (TCP). Ignored when \`ports\` is set.
      ports:
        type: array
        description: Ports the container listens on; those with \`expose\` (or all, with the top-level \`expose\`) reach the Service.
        items:
          type: object
          additionalProperties: false
          anyOf:
            - required: [port]
            - required: [containerPort]
          properties:
            port:
              type: integer
              minimum: 1
              maximum: 65535
              description: Service port (default containerPort).
            containerPort:
              type: integer
              minimum: 1
              maximum: 65535
              description: Port the container listens on (default port).
            name:
              type: string
              pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
              maxLength: 15
              description: Port name (default port-<containerPort>, with -udp/-sctp for those protocols).
            protocol:
              enum: [TCP, UDP, SCTP]
              default: TCP
              description: Transport protocol.
            expose:
              type: boolean
              default: false
              description: Add this port to the Service.
            nodePort:
              type: integer
              minimum: 30000
              maximum: 32767
              description: Fixed node port, used when exposeType is NodePort or LoadBalancer.
      expose:
        type: boolean
        default: false
        description: Expose every port in \`ports\` through the Service.
      exposeType:
        enum: [ClusterIP, NodePort, LoadBalancer]
        default: ClusterIP
        description: Service type.
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
    {{#if (defined properties.replicas)}}
      replicas: {{json properties.replicas}}
    {{/if}}
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.ports}}
              ports:
    {{#each properties.ports}}
    {{#if this.name}}
                - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
                - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
                - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
                  containerPort: {{json (default this.containerPort this.port)}}
                  protocol: {{json this.protocol}}
    {{/each}}
    {{else if (defined properties.port)}}
              ports:
                - name: {{json (concat "port-" properties.port)}}
                  containerPort: {{json properties.port}}
                  protocol: TCP
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
    {{#if (or (and properties.ports (or properties.expose (where properties.ports "expose" true))) (and (not properties.ports) (defined properties.port)))}}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      type: {{json properties.exposeType}}
      selector: {{json context.labels.selector}}
      ports:
    {{#if properties.ports}}
    {{#each properties.ports}}
    {{#if (or ../properties.expose this.expose)}}
    {{#if this.name}}
        - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
        - name: {{json (concat "port-" (default this.containerPort this.port))}}
    {{else}}
        - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
    {{/if}}
          port: {{json (default this.port this.containerPort)}}
          targetPort: {{json (default this.containerPort this.port)}}
          protocol: {{json this.protocol}}
    {{#if (and this.nodePort (ne ../properties.exposeType "ClusterIP"))}}
          nodePort: {{json this.nodePort}}
    {{/if}}
    {{/if}}
    {{/each}}
    {{else}}
        - name: {{json (concat "port-" properties.port)}}
          port: {{json properties.port}}
          targetPort: {{json properties.port}}
          protocol: TCP
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"webservice"},spec:{version:"1.0.0",description:"Long-running web service: an apps/v1 Deployment and, when any port is exposed, a v1 Service selecting its pods.",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},replicas:{type:"integer",minimum:0,description:"Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1)."},port:{type:"integer",minimum:1,maximum:65535,description:"Legacy single port: the container port, always exposed through the Service on the same port (TCP). Ignored when `ports` is set."},ports:{type:"array",description:"Ports the container listens on; those with `expose` (or all, with the top-level `expose`) reach the Service.",items:{type:"object",additionalProperties:!1,anyOf:[{required:["port"]},{required:["containerPort"]}],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Service port (default containerPort)."},containerPort:{type:"integer",minimum:1,maximum:65535,description:"Port the container listens on (default port)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<containerPort>, with -udp/-sctp for those protocols)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Transport protocol."},expose:{type:"boolean",default:!1,description:"Add this port to the Service."},nodePort:{type:"integer",minimum:3e4,maximum:32767,description:"Fixed node port, used when exposeType is NodePort or LoadBalancer."}}}},expose:{type:"boolean",default:!1,description:"Expose every port in `ports` through the Service."},exposeType:{enum:["ClusterIP","NodePort","LoadBalancer"],default:"ClusterIP",description:"Service type."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
{{#if (defined properties.replicas)}}
  replicas: {{json properties.replicas}}
{{/if}}
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.ports}}
          ports:
{{#each properties.ports}}
{{#if this.name}}
            - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
            - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
            - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
              containerPort: {{json (default this.containerPort this.port)}}
              protocol: {{json this.protocol}}
{{/each}}
{{else if (defined properties.port)}}
          ports:
            - name: {{json (concat "port-" properties.port)}}
              containerPort: {{json properties.port}}
              protocol: TCP
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
{{#if (or (and properties.ports (or properties.expose (where properties.ports "expose" true))) (and (not properties.ports) (defined properties.port)))}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  type: {{json properties.exposeType}}
  selector: {{json context.labels.selector}}
  ports:
{{#if properties.ports}}
{{#each properties.ports}}
{{#if (or ../properties.expose this.expose)}}
{{#if this.name}}
    - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
    - name: {{json (concat "port-" (default this.containerPort this.port))}}
{{else}}
    - name: {{json (concat "port-" (default this.containerPort this.port) "-" (lower this.protocol))}}
{{/if}}
      port: {{json (default this.port this.containerPort)}}
      targetPort: {{json (default this.containerPort this.port)}}
      protocol: {{json this.protocol}}
{{#if (and this.nodePort (ne ../properties.exposeType "ClusterIP"))}}
      nodePort: {{json this.nodePort}}
{{/if}}
{{/if}}
{{/each}}
{{else}}
    - name: {{json (concat "port-" properties.port)}}
      port: {{json properties.port}}
      targetPort: {{json properties.port}}
      protocol: TCP
{{/if}}
{{/if}}
`}},origins:{template:[329,5]},hash:"d1c3e05ca8df78afefc7592b7d1b08c84a82b848ff9bd1d6515c0db6d75b1a84"}]},{path:"templates/components/worker.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: ComponentDefinition
metadata:
  name: worker
spec:
  version: 1.0.0
  description: >-
    Long-running background process without network exposure: an apps/v1 Deployment and no
    Service (queue consumers, schedulers, controllers).
  workloadType: application
  schema:
    type: object
    additionalProperties: false
    required: [image]
    properties:
      image:
        type: string
        minLength: 1
        description: Container image, e.g. ghcr.io/acme/api:1.4.2.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image (Kubernetes default when unset).
      imagePullSecrets:
        type: array
        items: { type: string, minLength: 1 }
        description: Names of Secrets (in the workload namespace) holding registry credentials.
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra labels on the pod template.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Extra annotations on the pod template.
      replicas:
        type: integer
        minimum: 0
        description: Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1).
      cmd:
        type: array
        items: { type: string }
        description: Container command (replaces the image ENTRYPOINT).
      args:
        type: array
        items: { type: string }
        description: Container arguments (replace the image CMD).
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
        description: Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.
      limit:
        type: object
        additionalProperties: false
        description: Limits that differ from the requests.
        properties:
          cpu:
            type: [string, number]
            description: CPU limit.
          memory:
            type: string
            description: Memory limit.
      volumeMounts:
        $ref: '#/definitions/volumeMounts'
        description: >-
          Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as
          given; the pod's volumes keep these names (one volume per name).
      hostAliases:
        type: array
        description: Extra /etc/hosts entries of the pods, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Restart the container when this probe fails.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Take the pod out of the Service while this probe fails.
      startupProbe:
        $ref: '#/definitions/probe'
        description: Hold the other probes until this one succeeds.
    definitions:
      volumeName:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Volume name in the pod (mounts of the same name share one volume).
      keyItems:
        type: array
        description: Keys to project, each {key, path, mode} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string, minLength: 1 }
            path: { type: string, minLength: 1 }
            mode: { type: integer, minimum: 0, maximum: 511, default: 511 }
      volumeMounts:
        type: object
        additionalProperties: false
        properties:
          pvc:
            type: array
            description: Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, claimName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                claimName: { type: string, minLength: 1 }
          configMap:
            type: array
            description: Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, cmName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                cmName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          secret:
            type: array
            description: Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, secretName]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                secretName: { type: string, minLength: 1 }
                defaultMode: { type: integer, minimum: 0, maximum: 511, default: 420 }
                items: { $ref: '#/definitions/keyItems' }
          emptyDir:
            type: array
            description: Scratch volumes, each {name, mountPath, subPath, medium}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                medium: { enum: ['', Memory], default: '' }
          hostPath:
            type: array
            description: Node paths, each {name, mountPath, subPath, path}.
            items:
              type: object
              additionalProperties: false
              required: [name, mountPath, path]
              properties:
                name: { $ref: '#/definitions/volumeName' }
                mountPath: { type: string, minLength: 1 }
                subPath: { type: string }
                path: { type: string, minLength: 1 }
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0, default: 0 }
          periodSeconds: { type: integer, minimum: 1, default: 10 }
          timeoutSeconds: { type: integer, minimum: 1, default: 1 }
          successThreshold: { type: integer, minimum: 1, default: 1 }
          failureThreshold: { type: integer, minimum: 1, default: 3 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  template: |
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
    {{#if (defined properties.replicas)}}
      replicas: {{json properties.replicas}}
    {{/if}}
      selector:
        matchLabels: {{json context.labels.selector}}
      template:
        metadata:
          labels: {{json (merge properties.labels context.labels.pod)}}
    {{#if properties.annotations}}
          annotations: {{json properties.annotations}}
    {{/if}}
        spec:
    {{#if properties.imagePullSecrets}}
          imagePullSecrets:
    {{#each properties.imagePullSecrets}}
            - name: {{json this}}
    {{/each}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumes:
    {{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
            - name: {{json this.name}}
    {{#if (defined this.claimName)}}
              persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
    {{else if (defined this.cmName)}}
              configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
    {{else if (defined this.secretName)}}
              secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
    {{else if (defined this.path)}}
              hostPath: {{json (dict "path" this.path)}}
    {{else}}
              emptyDir: {{json (dict "medium" this.medium)}}
    {{/if}}
    {{/each}}
    {{else}}
          volumes: []
    {{/if}}
    {{/if}}
    {{#if properties.hostAliases}}
          hostAliases: {{json properties.hostAliases}}
    {{/if}}
          containers:
            - name: {{json name}}
              image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
              imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
              command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
              args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
              env: {{json properties.env}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
              resources:
                requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
                limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
    {{else if properties.limit}}
              resources:
                limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
    {{/if}}
    {{#if properties.volumeMounts}}
    {{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
              volumeMounts:
    {{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
                - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
    {{else}}
              volumeMounts: []
    {{/if}}
    {{/if}}
    {{#if properties.livenessProbe}}
              livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
              readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
    {{#if properties.startupProbe}}
              startupProbe: {{json properties.startupProbe}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"ComponentDefinition",metadata:{name:"worker"},spec:{version:"1.0.0",description:"Long-running background process without network exposure: an apps/v1 Deployment and no Service (queue consumers, schedulers, controllers).",workloadType:"application",schema:{type:"object",additionalProperties:!1,required:["image"],properties:{image:{type:"string",minLength:1,description:"Container image, e.g. ghcr.io/acme/api:1.4.2."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image (Kubernetes default when unset)."},imagePullSecrets:{type:"array",items:{type:"string",minLength:1},description:"Names of Secrets (in the workload namespace) holding registry credentials."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra labels on the pod template."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Extra annotations on the pod template."},replicas:{type:"integer",minimum:0,description:"Pod count. Unset leaves it to the scaler/hpa traits (Kubernetes default 1)."},cmd:{type:"array",items:{type:"string"},description:"Container command (replaces the image ENTRYPOINT)."},args:{type:"array",items:{type:"string"},description:"Container arguments (replace the image CMD)."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'CPU request, e.g. "500m" or "0.5". The limit is the same unless limit.cpu is set.'},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$",description:'Memory request, e.g. "512Mi". The limit is the same unless limit.memory is set.'},limit:{type:"object",additionalProperties:!1,description:"Limits that differ from the requests.",properties:{cpu:{type:["string","number"],description:"CPU limit."},memory:{type:"string",description:"Memory limit."}}},volumeMounts:{$ref:"#/definitions/volumeMounts",description:"Volumes mounted into the container, by type (pvc, configMap, secret, emptyDir, hostPath), each named as given; the pod's volumes keep these names (one volume per name)."},hostAliases:{type:"array",description:"Extra /etc/hosts entries of the pods, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}},livenessProbe:{$ref:"#/definitions/probe",description:"Restart the container when this probe fails."},readinessProbe:{$ref:"#/definitions/probe",description:"Take the pod out of the Service while this probe fails."},startupProbe:{$ref:"#/definitions/probe",description:"Hold the other probes until this one succeeds."}},definitions:{volumeName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Volume name in the pod (mounts of the same name share one volume)."},keyItems:{type:"array",description:"Keys to project, each {key, path, mode} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string",minLength:1},path:{type:"string",minLength:1},mode:{type:"integer",minimum:0,maximum:511,default:511}}}},volumeMounts:{type:"object",additionalProperties:!1,properties:{pvc:{type:"array",description:"Existing PersistentVolumeClaims, each {name, mountPath, subPath, claimName}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","claimName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},claimName:{type:"string",minLength:1}}}},configMap:{type:"array",description:"Existing ConfigMaps, each {name, mountPath, subPath, cmName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","cmName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},cmName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},secret:{type:"array",description:"Existing Secrets, each {name, mountPath, subPath, secretName, defaultMode, items}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","secretName"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},secretName:{type:"string",minLength:1},defaultMode:{type:"integer",minimum:0,maximum:511,default:420},items:{$ref:"#/definitions/keyItems"}}}},emptyDir:{type:"array",description:"Scratch volumes, each {name, mountPath, subPath, medium}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},medium:{enum:["","Memory"],default:""}}}},hostPath:{type:"array",description:"Node paths, each {name, mountPath, subPath, path}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath","path"],properties:{name:{$ref:"#/definitions/volumeName"},mountPath:{type:"string",minLength:1},subPath:{type:"string"},path:{type:"string",minLength:1}}}}}},envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0,default:0},periodSeconds:{type:"integer",minimum:1,default:10},timeoutSeconds:{type:"integer",minimum:1,default:1},successThreshold:{type:"integer",minimum:1,default:1},failureThreshold:{type:"integer",minimum:1,default:3},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},template:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
{{#if (defined properties.replicas)}}
  replicas: {{json properties.replicas}}
{{/if}}
  selector:
    matchLabels: {{json context.labels.selector}}
  template:
    metadata:
      labels: {{json (merge properties.labels context.labels.pod)}}
{{#if properties.annotations}}
      annotations: {{json properties.annotations}}
{{/if}}
    spec:
{{#if properties.imagePullSecrets}}
      imagePullSecrets:
{{#each properties.imagePullSecrets}}
        - name: {{json this}}
{{/each}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
      volumes:
{{#each (uniqueBy (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath) "name")}}
        - name: {{json this.name}}
{{#if (defined this.claimName)}}
          persistentVolumeClaim: {{json (dict "claimName" this.claimName)}}
{{else if (defined this.cmName)}}
          configMap: {{json (dict "defaultMode" this.defaultMode "name" this.cmName "items" this.items)}}
{{else if (defined this.secretName)}}
          secret: {{json (dict "defaultMode" this.defaultMode "secretName" this.secretName "items" this.items)}}
{{else if (defined this.path)}}
          hostPath: {{json (dict "path" this.path)}}
{{else}}
          emptyDir: {{json (dict "medium" this.medium)}}
{{/if}}
{{/each}}
{{else}}
      volumes: []
{{/if}}
{{/if}}
{{#if properties.hostAliases}}
      hostAliases: {{json properties.hostAliases}}
{{/if}}
      containers:
        - name: {{json name}}
          image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
          command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
          args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
          env: {{json properties.env}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" (default properties.limit.cpu properties.cpu) "memory" (default properties.limit.memory properties.memory))}}
{{else if properties.limit}}
          resources:
            limits: {{json (dict "cpu" properties.limit.cpu "memory" properties.limit.memory)}}
{{/if}}
{{#if properties.volumeMounts}}
{{#if (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
          volumeMounts:
{{#each (flatten properties.volumeMounts.pvc properties.volumeMounts.configMap properties.volumeMounts.secret properties.volumeMounts.emptyDir properties.volumeMounts.hostPath)}}
            - {{json (dict "name" this.name "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
{{else}}
          volumeMounts: []
{{/if}}
{{/if}}
{{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
{{/if}}
{{#if properties.startupProbe}}
          startupProbe: {{json properties.startupProbe}}
{{/if}}
`}},origins:{template:[276,5]},hash:"95cfa9115d068901b409be24a0d1668ba09329f33697cd7081c0876ddecb1e12"}]},{path:"templates/traits/annotations.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: annotations
spec:
  version: 1.0.0
  description: >-
    Annotations on every object of the component and on the pod template of its workloads. The
    properties are the annotations themselves; a null value removes an annotation.
  appliesTo: ['*']
  schema:
    type: object
    description: Annotation name -> value.
    propertyNames:
      pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$'
    additionalProperties:
      type: [string, 'null']
      description: Annotation value (null removes the annotation).
  patch: |
    object:
      metadata:
        annotations: {{json properties}}
    podTemplate:
      metadata:
        annotations: {{json properties}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"annotations"},spec:{version:"1.0.0",description:"Annotations on every object of the component and on the pod template of its workloads. The properties are the annotations themselves; a null value removes an annotation.",appliesTo:["*"],schema:{type:"object",description:"Annotation name -> value.",propertyNames:{pattern:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},additionalProperties:{type:["string","null"],description:"Annotation value (null removes the annotation)."}},patch:`object:
  metadata:
    annotations: {{json properties}}
podTemplate:
  metadata:
    annotations: {{json properties}}
`}},origins:{patch:[20,5]},hash:"79f0366429b4272e82be974ca6a7ee589cd9e99a31e4d8bdd6aa35b7fa4f14a2"}]},{path:"templates/traits/command.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: command
spec:
  version: 1.0.0
  description: Replaces the command and/or arguments of a container (the main one by default).
  schema:
    type: object
    additionalProperties: false
    anyOf:
      - required: [command]
      - required: [args]
    properties:
      command:
        type: array
        items: { type: string }
        description: New command (the image ENTRYPOINT is not used).
      args:
        type: array
        items: { type: string }
        description: New arguments.
      containerName:
        type: string
        minLength: 1
        description: Container to change (default the main container, named like the component).
  patch: |
    {{#if properties.containerName}}
    podSpec:
      containers:
        - name: {{json properties.containerName}}
    {{else}}
    container:
    {{/if}}
    {{#if properties.command}}
          command: {{json properties.command}}
    {{/if}}
    {{#if properties.args}}
          args: {{json properties.args}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"command"},spec:{version:"1.0.0",description:"Replaces the command and/or arguments of a container (the main one by default).",schema:{type:"object",additionalProperties:!1,anyOf:[{required:["command"]},{required:["args"]}],properties:{command:{type:"array",items:{type:"string"},description:"New command (the image ENTRYPOINT is not used)."},args:{type:"array",items:{type:"string"},description:"New arguments."},containerName:{type:"string",minLength:1,description:"Container to change (default the main container, named like the component)."}}},patch:`{{#if properties.containerName}}
podSpec:
  containers:
    - name: {{json properties.containerName}}
{{else}}
container:
{{/if}}
{{#if properties.command}}
      command: {{json properties.command}}
{{/if}}
{{#if properties.args}}
      args: {{json properties.args}}
{{/if}}
`}},origins:{patch:[28,5]},hash:"78ffa23e5f9489fb82608ba1cf2d1f464e8c76f499a55e6f68bfff71085aa3b2"}]},{path:"templates/traits/container-image.yaml",text:`# Mirrors KubeVela's container-image trait (vela-templates/definitions/internal/trait/container-image.cue):
# sets the image (and pull policy) of a named container, an error when there is no such container.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: container-image
spec:
  version: 1.0.0
  description: >-
    Sets the image (and optionally the pull policy) of a container: the main one, the one named
    containerName, or each of \`containers\`. A container that does not exist is an error.
  schema:
    type: object
    additionalProperties: false
    oneOf:
      - required: [image]
      - required: [containers]
    properties:
      containerName: { type: string, default: '', description: Container to change (default the main container, named like the component). }
      image: { type: string, minLength: 1, description: New image. }
      imagePullPolicy: { enum: ['', IfNotPresent, Always, Never], default: '', description: New pull policy ("" keeps the container's). }
      containers:
        type: array
        minItems: 1
        description: Several containers at once, each {containerName, image, imagePullPolicy}.
        items:
          type: object
          additionalProperties: false
          required: [containerName, image]
          properties:
            containerName: { type: string, minLength: 1 }
            image: { type: string, minLength: 1 }
            imagePullPolicy: { enum: ['', IfNotPresent, Always, Never], default: '' }
  patch: |
    podSpec:
      containers:
    {{#if properties.containers}}
    {{#each properties.containers}}
        - name: {{json this.containerName}}
          image: {{json this.image}}
    {{#if this.imagePullPolicy}}
          imagePullPolicy: {{json this.imagePullPolicy}}
    {{/if}}
          $patch: existing
    {{/each}}
    {{else}}
    {{#if properties.containerName}}
        - name: {{json properties.containerName}}
    {{else}}
        - name: {{json name}}
    {{/if}}
          image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
          $patch: existing
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"container-image"},spec:{version:"1.0.0",description:"Sets the image (and optionally the pull policy) of a container: the main one, the one named containerName, or each of `containers`. A container that does not exist is an error.",schema:{type:"object",additionalProperties:!1,oneOf:[{required:["image"]},{required:["containers"]}],properties:{containerName:{type:"string",default:"",description:"Container to change (default the main container","named like the component).":null},image:{type:"string",minLength:1,description:"New image."},imagePullPolicy:{enum:["","IfNotPresent","Always","Never"],default:"",description:`New pull policy ("" keeps the container's).`},containers:{type:"array",minItems:1,description:"Several containers at once, each {containerName, image, imagePullPolicy}.",items:{type:"object",additionalProperties:!1,required:["containerName","image"],properties:{containerName:{type:"string",minLength:1},image:{type:"string",minLength:1},imagePullPolicy:{enum:["","IfNotPresent","Always","Never"],default:""}}}}}},patch:`podSpec:
  containers:
{{#if properties.containers}}
{{#each properties.containers}}
    - name: {{json this.containerName}}
      image: {{json this.image}}
{{#if this.imagePullPolicy}}
      imagePullPolicy: {{json this.imagePullPolicy}}
{{/if}}
      $patch: existing
{{/each}}
{{else}}
{{#if properties.containerName}}
    - name: {{json properties.containerName}}
{{else}}
    - name: {{json name}}
{{/if}}
      image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
      imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
      $patch: existing
{{/if}}
`}},origins:{patch:[35,5]},hash:"42330fdefa44ed48d231bd9e647634fe79a0c939e549946ed17e9ea9ef664e95"}]},{path:"templates/traits/env.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: env
spec:
  version: 1.0.0
  description: >-
    Sets environment variables on a container (the main one by default). Variables already set
    are replaced by name, new ones are appended, a null value (map form) removes one.
  schema:
    type: object
    additionalProperties: false
    required: [env]
    properties:
      env:
        description: >-
          Either a map NAME: value (null removes the variable) or a list of Kubernetes EnvVar
          items {name, value} / {name, valueFrom}.
        oneOf:
          - type: object
            minProperties: 1
            additionalProperties: { type: [string, 'null'] }
          - type: array
            minItems: 1
            items: { $ref: '#/definitions/envVar' }
      containerName:
        type: string
        minLength: 1
        description: Container to set them on (default the main container, named like the component).
    definitions:
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
  patch: |
    {{#if properties.containerName}}
    podSpec:
      containers:
        - name: {{json properties.containerName}}
          env:
    {{else}}
    container:
          env:
    {{/if}}
    {{#if (isList properties.env)}}
    {{#each properties.env}}
            - {{json (merge (dict "value" null "valueFrom" null) this)}}
    {{/each}}
    {{else}}
    {{#each properties.env}}
    {{#if (defined this)}}
            - name: {{json @key}}
              value: {{json this}}
              valueFrom: null
    {{else}}
            - name: {{json @key}}
              $patch: delete
    {{/if}}
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"env"},spec:{version:"1.0.0",description:"Sets environment variables on a container (the main one by default). Variables already set are replaced by name, new ones are appended, a null value (map form) removes one.",schema:{type:"object",additionalProperties:!1,required:["env"],properties:{env:{description:"Either a map NAME: value (null removes the variable) or a list of Kubernetes EnvVar items {name, value} / {name, valueFrom}.",oneOf:[{type:"object",minProperties:1,additionalProperties:{type:["string","null"]}},{type:"array",minItems:1,items:{$ref:"#/definitions/envVar"}}]},containerName:{type:"string",minLength:1,description:"Container to set them on (default the main container, named like the component)."}},definitions:{envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}}}},patch:`{{#if properties.containerName}}
podSpec:
  containers:
    - name: {{json properties.containerName}}
      env:
{{else}}
container:
      env:
{{/if}}
{{#if (isList properties.env)}}
{{#each properties.env}}
        - {{json (merge (dict "value" null "valueFrom" null) this)}}
{{/each}}
{{else}}
{{#each properties.env}}
{{#if (defined this)}}
        - name: {{json @key}}
          value: {{json this}}
          valueFrom: null
{{else}}
        - name: {{json @key}}
          $patch: delete
{{/if}}
{{/each}}
{{/if}}
`}},origins:{patch:[75,5]},hash:"f545efdba358cf6299d8a8bd07f1395409b092800d6c565854f4f9db918fae06"}]},{path:"templates/traits/expose.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: expose
spec:
  version: 1.0.0
  description: >-
    A v1 Service in front of the component's pods, for components that do not make one (worker)
    or for a second Service with another type.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [ports]
    properties:
      name:
        type: string
        pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Service name (default the component name; set it when the component already has a Service).
      type:
        enum: [ClusterIP, NodePort, LoadBalancer]
        default: ClusterIP
        description: Service type.
      ports:
        type: array
        minItems: 1
        description: Service ports.
        items:
          type: object
          additionalProperties: false
          required: [port]
          properties:
            port: { type: integer, minimum: 1, maximum: 65535, description: Service port. }
            targetPort: { type: [integer, string], description: Container port number or name (default port). }
            name: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 15, description: Port name (default port-<port>). }
            protocol: { enum: [TCP, UDP, SCTP], default: TCP, description: Protocol. }
            nodePort: { type: integer, minimum: 30000, maximum: 32767, description: Fixed node port (NodePort and LoadBalancer). }
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Service annotations (load balancer settings, ...).
      labels:
        type: object
        additionalProperties: { type: string }
        description: Extra Service labels.
      selector:
        type: object
        additionalProperties: { type: string }
        description: Pod selector (default the component's selector labels).
      matchLabels:
        type: object
        additionalProperties: { type: string }
        description: KubeVela's name for \`selector\`.
  outputs: |
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json (default properties.name name)}}
      namespace: {{json context.workload.namespace}}
      labels: {{json (merge properties.labels context.labels.object)}}
    {{#if properties.annotations}}
      annotations: {{json properties.annotations}}
    {{/if}}
    spec:
      type: {{json properties.type}}
      selector: {{json (default properties.selector properties.matchLabels context.labels.selector)}}
      ports:
    {{#each properties.ports}}
    {{#if this.name}}
        - name: {{json this.name}}
    {{else if (eq this.protocol "TCP")}}
        - name: {{json (concat "port-" this.port)}}
    {{else}}
        - name: {{json (concat "port-" this.port "-" (lower this.protocol))}}
    {{/if}}
          port: {{json this.port}}
          targetPort: {{json (default this.targetPort this.port)}}
          protocol: {{json this.protocol}}
    {{#if (and this.nodePort (ne ../properties.type "ClusterIP"))}}
          nodePort: {{json this.nodePort}}
    {{/if}}
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"expose"},spec:{version:"1.0.0",description:"A v1 Service in front of the component's pods, for components that do not make one (worker) or for a second Service with another type.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["ports"],properties:{name:{type:"string",pattern:"^[a-z]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Service name (default the component name; set it when the component already has a Service)."},type:{enum:["ClusterIP","NodePort","LoadBalancer"],default:"ClusterIP",description:"Service type."},ports:{type:"array",minItems:1,description:"Service ports.",items:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer",minimum:1,maximum:65535,description:"Service port."},targetPort:{type:["integer","string"],description:"Container port number or name (default port)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name (default port-<port>)."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Protocol."},nodePort:{type:"integer",minimum:3e4,maximum:32767,description:"Fixed node port (NodePort and LoadBalancer)."}}}},annotations:{type:"object",additionalProperties:{type:"string"},description:"Service annotations (load balancer settings, ...)."},labels:{type:"object",additionalProperties:{type:"string"},description:"Extra Service labels."},selector:{type:"object",additionalProperties:{type:"string"},description:"Pod selector (default the component's selector labels)."},matchLabels:{type:"object",additionalProperties:{type:"string"},description:"KubeVela's name for `selector`."}}},outputs:`apiVersion: v1
kind: Service
metadata:
  name: {{json (default properties.name name)}}
  namespace: {{json context.workload.namespace}}
  labels: {{json (merge properties.labels context.labels.object)}}
{{#if properties.annotations}}
  annotations: {{json properties.annotations}}
{{/if}}
spec:
  type: {{json properties.type}}
  selector: {{json (default properties.selector properties.matchLabels context.labels.selector)}}
  ports:
{{#each properties.ports}}
{{#if this.name}}
    - name: {{json this.name}}
{{else if (eq this.protocol "TCP")}}
    - name: {{json (concat "port-" this.port)}}
{{else}}
    - name: {{json (concat "port-" this.port "-" (lower this.protocol))}}
{{/if}}
      port: {{json this.port}}
      targetPort: {{json (default this.targetPort this.port)}}
      protocol: {{json this.protocol}}
{{#if (and this.nodePort (ne ../properties.type "ClusterIP"))}}
      nodePort: {{json this.nodePort}}
{{/if}}
{{/each}}
`}},origins:{outputs:[56,5]},hash:"0e16c317d8b7500e1ff6c69eb59f487ef1ae387d16e8b40c7a33908af1b18d43"}]},{path:"templates/traits/gateway.yaml",text:`# Mirrors KubeVela's gateway trait (vela-templates/definitions/internal/trait/gateway.cue): a Service
# \`<component>[-<name>]\` and a networking.k8s.io/v1 Ingress of the same name, \`http\` paths in path
# order. Deliberate differences: the Service lists each port once (KubeVela repeats a port that two
# paths share, which the API server rejects); \`secretName\` needs \`domain\` (KubeVela fails to render
# without it); v1beta1 Ingress for clusters before 1.19 is not rendered.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: gateway
spec:
  version: 1.0.0
  description: >-
    Public HTTP traffic to the component: a v1 Service (unless existingServiceName) and a
    networking.k8s.io/v1 Ingress routing each path of \`http\` to its port, with class, TLS and pathType.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [http]
    dependencies:
      secretName: [domain]
    properties:
      domain: { type: string, minLength: 1, description: Host name of the rule (and of the TLS certificate). }
      http:
        type: object
        minProperties: 1
        propertyNames: { pattern: '^/' }
        additionalProperties: { type: integer, minimum: 1, maximum: 65535 }
        description: "HTTP path -> port of the component, e.g. /: 8080 and /api: 9090."
      class: { type: string, minLength: 1, default: nginx, description: Ingress class. }
      classInSpec: { type: boolean, default: false, description: Set the class as spec.ingressClassName instead of the kubernetes.io/ingress.class annotation. }
      secretName: { type: string, minLength: 1, description: TLS Secret for the domain. }
      gatewayHost: { type: string, minLength: 1, description: Host of the ingress gateway (annotation ingress.controller/host). }
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 30
        description: Suffix of the Service and Ingress names (<component>-<name>), for several gateways on one component.
      pathType: { enum: [ImplementationSpecific, Prefix, Exact], default: ImplementationSpecific, description: pathType of every path. }
      annotations: { type: object, additionalProperties: { type: string }, description: Ingress annotations. }
      labels: { type: object, additionalProperties: { type: string }, description: Ingress labels. }
      existingServiceName: { type: string, minLength: 1, description: Route to this existing Service instead of creating one. }
  outputs: |
    {{#unless properties.existingServiceName}}
    apiVersion: v1
    kind: Service
    metadata:
    {{#if properties.name}}
      name: {{json (concat name "-" properties.name)}}
    {{else}}
      name: {{json name}}
    {{/if}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector: {{json context.labels.selector}}
      ports:
    {{#each (uniq (values properties.http))}}
        - name: {{json (concat "port-" this)}}
          port: {{json this}}
          targetPort: {{json this}}
    {{/each}}
    ---
    {{/unless}}
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
    {{#if properties.name}}
      name: {{json (concat name "-" properties.name)}}
    {{else}}
      name: {{json name}}
    {{/if}}
      namespace: {{json context.workload.namespace}}
      labels: {{json (merge context.labels.object properties.labels)}}
    {{#if properties.classInSpec}}
      annotations: {{json (merge (dict "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
    {{else}}
      annotations: {{json (merge (dict "kubernetes.io/ingress.class" properties.class "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
    {{/if}}
    spec:
    {{#if properties.classInSpec}}
      ingressClassName: {{json properties.class}}
    {{/if}}
    {{#if properties.secretName}}
      tls:
        - hosts: [{{json properties.domain}}]
          secretName: {{json properties.secretName}}
    {{/if}}
      rules:
        - http:
            paths:
    {{#each (entries properties.http)}}
              - path: {{json this.key}}
                pathType: {{json ../properties.pathType}}
                backend:
                  service:
    {{#if ../properties.existingServiceName}}
                    name: {{json ../properties.existingServiceName}}
    {{else if ../properties.name}}
                    name: {{json (concat ../name "-" ../properties.name)}}
    {{else}}
                    name: {{json ../name}}
    {{/if}}
                    port: { number: {{json this.value}} }
    {{/each}}
    {{#if properties.domain}}
          host: {{json properties.domain}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"gateway"},spec:{version:"1.0.0",description:"Public HTTP traffic to the component: a v1 Service (unless existingServiceName) and a networking.k8s.io/v1 Ingress routing each path of `http` to its port, with class, TLS and pathType.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["http"],dependencies:{secretName:["domain"]},properties:{domain:{type:"string",minLength:1,description:"Host name of the rule (and of the TLS certificate)."},http:{type:"object",minProperties:1,propertyNames:{pattern:"^/"},additionalProperties:{type:"integer",minimum:1,maximum:65535},description:"HTTP path -> port of the component, e.g. /: 8080 and /api: 9090."},class:{type:"string",minLength:1,default:"nginx",description:"Ingress class."},classInSpec:{type:"boolean",default:!1,description:"Set the class as spec.ingressClassName instead of the kubernetes.io/ingress.class annotation."},secretName:{type:"string",minLength:1,description:"TLS Secret for the domain."},gatewayHost:{type:"string",minLength:1,description:"Host of the ingress gateway (annotation ingress.controller/host)."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:30,description:"Suffix of the Service and Ingress names (<component>-<name>), for several gateways on one component."},pathType:{enum:["ImplementationSpecific","Prefix","Exact"],default:"ImplementationSpecific",description:"pathType of every path."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Ingress annotations."},labels:{type:"object",additionalProperties:{type:"string"},description:"Ingress labels."},existingServiceName:{type:"string",minLength:1,description:"Route to this existing Service instead of creating one."}}},outputs:`{{#unless properties.existingServiceName}}
apiVersion: v1
kind: Service
metadata:
{{#if properties.name}}
  name: {{json (concat name "-" properties.name)}}
{{else}}
  name: {{json name}}
{{/if}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector: {{json context.labels.selector}}
  ports:
{{#each (uniq (values properties.http))}}
    - name: {{json (concat "port-" this)}}
      port: {{json this}}
      targetPort: {{json this}}
{{/each}}
---
{{/unless}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
{{#if properties.name}}
  name: {{json (concat name "-" properties.name)}}
{{else}}
  name: {{json name}}
{{/if}}
  namespace: {{json context.workload.namespace}}
  labels: {{json (merge context.labels.object properties.labels)}}
{{#if properties.classInSpec}}
  annotations: {{json (merge (dict "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
{{else}}
  annotations: {{json (merge (dict "kubernetes.io/ingress.class" properties.class "ingress.controller/host" properties.gatewayHost) properties.annotations)}}
{{/if}}
spec:
{{#if properties.classInSpec}}
  ingressClassName: {{json properties.class}}
{{/if}}
{{#if properties.secretName}}
  tls:
    - hosts: [{{json properties.domain}}]
      secretName: {{json properties.secretName}}
{{/if}}
  rules:
    - http:
        paths:
{{#each (entries properties.http)}}
          - path: {{json this.key}}
            pathType: {{json ../properties.pathType}}
            backend:
              service:
{{#if ../properties.existingServiceName}}
                name: {{json ../properties.existingServiceName}}
{{else if ../properties.name}}
                name: {{json (concat ../name "-" ../properties.name)}}
{{else}}
                name: {{json ../name}}
{{/if}}
                port: { number: {{json this.value}} }
{{/each}}
{{#if properties.domain}}
      host: {{json properties.domain}}
{{/if}}
`}},origins:{outputs:[44,5]},hash:"fe99a8a3bc5af393795f419aeb15c9fe90994c293ab58dec374da8d3764974e7"}]},{path:"templates/traits/gpu.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: gpu
spec:
  version: 1.0.0
  description: >-
    Requests GPUs for the main container (an extended-resource limit), pins the pods to nodes with
    the requested GPU product and tolerates the GPU node taint.
  schema:
    type: object
    additionalProperties: false
    properties:
      count:
        type: integer
        minimum: 1
        default: 1
        description: GPUs per pod.
      vendor:
        type: string
        default: nvidia.com/gpu
        pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[a-z0-9]([-a-z0-9._]*[a-z0-9])?$'
        description: Extended resource name of the device plugin, e.g. nvidia.com/gpu or amd.com/gpu.
      product:
        type: string
        minLength: 1
        description: GPU product to schedule on, e.g. NVIDIA-A100-SXM4-80GB (matched against productLabel).
      productLabel:
        type: string
        default: nvidia.com/gpu.product
        description: Node label holding the GPU product (NVIDIA GPU feature discovery's by default).
      nodeSelector:
        type: object
        additionalProperties: { type: string }
        description: Extra node labels the pods require.
      tolerate:
        type: boolean
        default: true
        description: Tolerate the NoSchedule taint keyed by the vendor resource name (common on GPU nodes).
  patch: |
    container:
      resources:
        limits:
          {{json properties.vendor}}: {{json (concat properties.count)}}
    {{#if (or properties.tolerate properties.product (keys properties.nodeSelector))}}
    podSpec:
    {{#if (or properties.product (keys properties.nodeSelector))}}
      nodeSelector: {{json (merge properties.nodeSelector (dict properties.productLabel properties.product))}}
    {{/if}}
    {{#if properties.tolerate}}
      tolerations:
        - key: {{json properties.vendor}}
          operator: Exists
          effect: NoSchedule
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"gpu"},spec:{version:"1.0.0",description:"Requests GPUs for the main container (an extended-resource limit), pins the pods to nodes with the requested GPU product and tolerates the GPU node taint.",schema:{type:"object",additionalProperties:!1,properties:{count:{type:"integer",minimum:1,default:1,description:"GPUs per pod."},vendor:{type:"string",default:"nvidia.com/gpu",pattern:"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[a-z0-9]([-a-z0-9._]*[a-z0-9])?$",description:"Extended resource name of the device plugin, e.g. nvidia.com/gpu or amd.com/gpu."},product:{type:"string",minLength:1,description:"GPU product to schedule on, e.g. NVIDIA-A100-SXM4-80GB (matched against productLabel)."},productLabel:{type:"string",default:"nvidia.com/gpu.product",description:"Node label holding the GPU product (NVIDIA GPU feature discovery's by default)."},nodeSelector:{type:"object",additionalProperties:{type:"string"},description:"Extra node labels the pods require."},tolerate:{type:"boolean",default:!0,description:"Tolerate the NoSchedule taint keyed by the vendor resource name (common on GPU nodes)."}}},patch:`container:
  resources:
    limits:
      {{json properties.vendor}}: {{json (concat properties.count)}}
{{#if (or properties.tolerate properties.product (keys properties.nodeSelector))}}
podSpec:
{{#if (or properties.product (keys properties.nodeSelector))}}
  nodeSelector: {{json (merge properties.nodeSelector (dict properties.productLabel properties.product))}}
{{/if}}
{{#if properties.tolerate}}
  tolerations:
    - key: {{json properties.vendor}}
      operator: Exists
      effect: NoSchedule
{{/if}}
{{/if}}
`}},origins:{patch:[41,5]},hash:"f89a6b9f2a8f1dbe6ae1bb2df094e49376b6776890b0d4abb810a8b628709509"}]},{path:"templates/traits/hostalias.yaml",text:`# Mirrors KubeVela's hostalias trait (vela-templates/definitions/internal/trait/hostalias.cue):
# hostAliases merge into the pod's by ip.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: hostalias
spec:
  version: 1.0.0
  description: Extra /etc/hosts entries in the pods of the component, merged with the pod's by ip.
  schema:
    type: object
    additionalProperties: false
    required: [hostAliases]
    properties:
      hostAliases:
        type: array
        description: Entries, each {ip, hostnames}.
        items:
          type: object
          additionalProperties: false
          required: [ip, hostnames]
          properties:
            ip: { type: string, minLength: 1, description: IP address. }
            hostnames: { type: array, items: { type: string, minLength: 1 }, description: Host names of the IP. }
  patch: |
    podSpec:
      hostAliases: {{json properties.hostAliases}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"hostalias"},spec:{version:"1.0.0",description:"Extra /etc/hosts entries in the pods of the component, merged with the pod's by ip.",schema:{type:"object",additionalProperties:!1,required:["hostAliases"],properties:{hostAliases:{type:"array",description:"Entries, each {ip, hostnames}.",items:{type:"object",additionalProperties:!1,required:["ip","hostnames"],properties:{ip:{type:"string",minLength:1,description:"IP address."},hostnames:{type:"array",items:{type:"string",minLength:1},description:"Host names of the IP."}}}}}},patch:`podSpec:
  hostAliases: {{json properties.hostAliases}}
`}},origins:{patch:[26,5]},hash:"9c478f38dec03a4c629e77d61ecb2a292adf8ea2ede810b1b93ff774a7289428"}]},{path:"templates/traits/hpa.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: hpa
spec:
  version: 1.0.0
  description: >-
    Horizontal Pod Autoscaler (autoscaling/v2) scaling the component's Deployment or StatefulSet
    on CPU and/or memory. Without cpu and mem it targets 50% CPU utilization.
  appliesTo: [Deployment, StatefulSet]
  schema:
    type: object
    additionalProperties: false
    properties:
      min:
        type: integer
        minimum: 1
        default: 1
        description: Lowest replica count.
      max:
        type: integer
        minimum: 1
        default: 10
        description: Highest replica count.
      cpu:
        $ref: '#/definitions/target'
        description: CPU target.
      mem:
        $ref: '#/definitions/target'
        description: Memory target.
      targetAPIVersion:
        type: string
        default: apps/v1
        description: apiVersion of the scaled object.
      targetKind:
        enum: [Deployment, StatefulSet]
        default: Deployment
        description: Kind of the scaled object (named like the component).
      behavior:
        type: object
        description: Kubernetes HPA scaleUp/scaleDown behavior, passed through.
        additionalProperties: false
        properties:
          scaleUp: { type: object }
          scaleDown: { type: object }
    definitions:
      target:
        type: object
        additionalProperties: false
        required: [value]
        properties:
          type:
            enum: [Utilization, AverageValue]
            default: Utilization
            description: Utilization = percent of the request; AverageValue = a quantity per pod.
          value:
            type: [integer, string]
            description: Percent (Utilization, an integer) or quantity (AverageValue, e.g. "500m", "1Gi").
        if:
          properties: { type: { const: AverageValue } }
          required: [type]
        then: {}
        else:
          properties: { value: { type: integer, minimum: 1 } }
  outputs: |
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      scaleTargetRef:
        apiVersion: {{json properties.targetAPIVersion}}
        kind: {{json properties.targetKind}}
        name: {{json name}}
      minReplicas: {{json properties.min}}
      maxReplicas: {{json properties.max}}
      metrics:
    {{#if (or properties.cpu properties.mem)}}
    {{#if properties.cpu}}
        - type: Resource
          resource:
            name: cpu
            target:
    {{#if (eq properties.cpu.type "AverageValue")}}
              type: AverageValue
              averageValue: {{json properties.cpu.value}}
    {{else}}
              type: Utilization
              averageUtilization: {{json properties.cpu.value}}
    {{/if}}
    {{/if}}
    {{#if properties.mem}}
        - type: Resource
          resource:
            name: memory
            target:
    {{#if (eq properties.mem.type "AverageValue")}}
              type: AverageValue
              averageValue: {{json properties.mem.value}}
    {{else}}
              type: Utilization
              averageUtilization: {{json properties.mem.value}}
    {{/if}}
    {{/if}}
    {{else}}
        - type: Resource
          resource:
            name: cpu
            target:
              type: Utilization
              averageUtilization: 50
    {{/if}}
    {{#if properties.behavior}}
      behavior: {{json properties.behavior}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"hpa"},spec:{version:"1.0.0",description:"Horizontal Pod Autoscaler (autoscaling/v2) scaling the component's Deployment or StatefulSet on CPU and/or memory. Without cpu and mem it targets 50% CPU utilization.",appliesTo:["Deployment","StatefulSet"],schema:{type:"object",additionalProperties:!1,properties:{min:{type:"integer",minimum:1,default:1,description:"Lowest replica count."},max:{type:"integer",minimum:1,default:10,description:"Highest replica count."},cpu:{$ref:"#/definitions/target",description:"CPU target."},mem:{$ref:"#/definitions/target",description:"Memory target."},targetAPIVersion:{type:"string",default:"apps/v1",description:"apiVersion of the scaled object."},targetKind:{enum:["Deployment","StatefulSet"],default:"Deployment",description:"Kind of the scaled object (named like the component)."},behavior:{type:"object",description:"Kubernetes HPA scaleUp/scaleDown behavior, passed through.",additionalProperties:!1,properties:{scaleUp:{type:"object"},scaleDown:{type:"object"}}}},definitions:{target:{type:"object",additionalProperties:!1,required:["value"],properties:{type:{enum:["Utilization","AverageValue"],default:"Utilization",description:"Utilization = percent of the request; AverageValue = a quantity per pod."},value:{type:["integer","string"],description:'Percent (Utilization, an integer) or quantity (AverageValue, e.g. "500m", "1Gi").'}},if:{properties:{type:{const:"AverageValue"}},required:["type"]},then:{},else:{properties:{value:{type:"integer",minimum:1}}}}}},outputs:`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  scaleTargetRef:
    apiVersion: {{json properties.targetAPIVersion}}
    kind: {{json properties.targetKind}}
    name: {{json name}}
  minReplicas: {{json properties.min}}
  maxReplicas: {{json properties.max}}
  metrics:
{{#if (or properties.cpu properties.mem)}}
{{#if properties.cpu}}
    - type: Resource
      resource:
        name: cpu
        target:
{{#if (eq properties.cpu.type "AverageValue")}}
          type: AverageValue
          averageValue: {{json properties.cpu.value}}
{{else}}
          type: Utilization
          averageUtilization: {{json properties.cpu.value}}
{{/if}}
{{/if}}
{{#if properties.mem}}
    - type: Resource
      resource:
        name: memory
        target:
{{#if (eq properties.mem.type "AverageValue")}}
          type: AverageValue
          averageValue: {{json properties.mem.value}}
{{else}}
          type: Utilization
          averageUtilization: {{json properties.mem.value}}
{{/if}}
{{/if}}
{{else}}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50
{{/if}}
{{#if properties.behavior}}
  behavior: {{json properties.behavior}}
{{/if}}
`}},origins:{outputs:[66,5]},hash:"de794af8069a2acd1d13c6321cc44fc8b9e09e17331fa43fb4a08b2eb7c180a8"}]},{path:"templates/traits/ingress-1-20.yaml",text:`# Mirrors KubeVela's ingress-1-20 trait (vela-templates/definitions/deprecated/ingress-1-20.cue).
# Deliberate difference: Service ports are listed once each and named port-<n> when there are
# several (KubeVela's unnamed duplicates are rejected by the API server).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: ingress-1-20
spec:
  version: 1.0.0
  description: >-
    Public HTTP traffic to the component (KubeVela's ingress-1-20 trait): a v1 Service named like the
    component and a networking.k8s.io/v1 Ingress for \`domain\`, each path of \`http\` to its port.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [domain, http]
    properties:
      domain: { type: string, minLength: 1, description: Host name of the rule. }
      http:
        type: object
        minProperties: 1
        propertyNames: { pattern: '^/' }
        additionalProperties: { type: integer, minimum: 1, maximum: 65535 }
        description: "HTTP path -> port of the component, e.g. /: 8080."
      class: { type: string, minLength: 1, default: nginx, description: Ingress class (kubernetes.io/ingress.class annotation). }
  outputs: |
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector: {{json context.labels.selector}}
      ports:
    {{#each (uniq (values properties.http))}}
    {{#if (eq (length (uniq (values ../properties.http))) 1)}}
        - port: {{json this}}
    {{else}}
        - name: {{json (concat "port-" this)}}
          port: {{json this}}
    {{/if}}
          targetPort: {{json this}}
    {{/each}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
      annotations:
        kubernetes.io/ingress.class: {{json properties.class}}
    spec:
      rules:
        - host: {{json properties.domain}}
          http:
            paths:
    {{#each (entries properties.http)}}
              - path: {{json this.key}}
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: {{json ../name}}
                    port: { number: {{json this.value}} }
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"ingress-1-20"},spec:{version:"1.0.0",description:"Public HTTP traffic to the component (KubeVela's ingress-1-20 trait): a v1 Service named like the component and a networking.k8s.io/v1 Ingress for `domain`, each path of `http` to its port.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["domain","http"],properties:{domain:{type:"string",minLength:1,description:"Host name of the rule."},http:{type:"object",minProperties:1,propertyNames:{pattern:"^/"},additionalProperties:{type:"integer",minimum:1,maximum:65535},description:"HTTP path -> port of the component, e.g. /: 8080."},class:{type:"string",minLength:1,default:"nginx",description:"Ingress class (kubernetes.io/ingress.class annotation)."}}},outputs:`apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector: {{json context.labels.selector}}
  ports:
{{#each (uniq (values properties.http))}}
{{#if (eq (length (uniq (values ../properties.http))) 1)}}
    - port: {{json this}}
{{else}}
    - name: {{json (concat "port-" this)}}
      port: {{json this}}
{{/if}}
      targetPort: {{json this}}
{{/each}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
  annotations:
    kubernetes.io/ingress.class: {{json properties.class}}
spec:
  rules:
    - host: {{json properties.domain}}
      http:
        paths:
{{#each (entries properties.http)}}
          - path: {{json this.key}}
            pathType: ImplementationSpecific
            backend:
              service:
                name: {{json ../name}}
                port: { number: {{json this.value}} }
{{/each}}
`}},origins:{outputs:[28,5]},hash:"ed9c320a168aa70ae9e047a0d5252c23178966624580f69763fc2ca53cc7c320"}]},{path:"templates/traits/ingress.yaml",text:`# Mirrors KubeVela's ingress trait (vela-templates/definitions/deprecated/ingress.cue, in the
# networking.k8s.io/v1 shape of its ingress-1-20 twin). Deliberate differences: v1, not the
# v1beta1 Ingress KubeVela's \`ingress\` still renders (removed in Kubernetes 1.22); Service ports
# are listed once each and named port-<n> when there are several (KubeVela's unnamed duplicates are
# rejected by the API server).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: ingress
spec:
  version: 1.0.0
  description: >-
    Public HTTP traffic to the component (KubeVela's legacy ingress trait): a v1 Service named like the
    component and a networking.k8s.io/v1 Ingress for \`domain\`, each path of \`http\` to its port.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    required: [domain, http]
    properties:
      domain: { type: string, minLength: 1, description: Host name of the rule. }
      http:
        type: object
        minProperties: 1
        propertyNames: { pattern: '^/' }
        additionalProperties: { type: integer, minimum: 1, maximum: 65535 }
        description: "HTTP path -> port of the component, e.g. /: 8080."
      class: { type: string, minLength: 1, default: nginx, description: Ingress class (kubernetes.io/ingress.class annotation). }
  outputs: |
    apiVersion: v1
    kind: Service
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    spec:
      selector: {{json context.labels.selector}}
      ports:
    {{#each (uniq (values properties.http))}}
    {{#if (eq (length (uniq (values ../properties.http))) 1)}}
        - port: {{json this}}
    {{else}}
        - name: {{json (concat "port-" this)}}
          port: {{json this}}
    {{/if}}
          targetPort: {{json this}}
    {{/each}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: {{json name}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
      annotations:
        kubernetes.io/ingress.class: {{json properties.class}}
    spec:
      rules:
        - host: {{json properties.domain}}
          http:
            paths:
    {{#each (entries properties.http)}}
              - path: {{json this.key}}
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: {{json ../name}}
                    port: { number: {{json this.value}} }
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"ingress"},spec:{version:"1.0.0",description:"Public HTTP traffic to the component (KubeVela's legacy ingress trait): a v1 Service named like the component and a networking.k8s.io/v1 Ingress for `domain`, each path of `http` to its port.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,required:["domain","http"],properties:{domain:{type:"string",minLength:1,description:"Host name of the rule."},http:{type:"object",minProperties:1,propertyNames:{pattern:"^/"},additionalProperties:{type:"integer",minimum:1,maximum:65535},description:"HTTP path -> port of the component, e.g. /: 8080."},class:{type:"string",minLength:1,default:"nginx",description:"Ingress class (kubernetes.io/ingress.class annotation)."}}},outputs:`apiVersion: v1
kind: Service
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
spec:
  selector: {{json context.labels.selector}}
  ports:
{{#each (uniq (values properties.http))}}
{{#if (eq (length (uniq (values ../properties.http))) 1)}}
    - port: {{json this}}
{{else}}
    - name: {{json (concat "port-" this)}}
      port: {{json this}}
{{/if}}
      targetPort: {{json this}}
{{/each}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{json name}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
  annotations:
    kubernetes.io/ingress.class: {{json properties.class}}
spec:
  rules:
    - host: {{json properties.domain}}
      http:
        paths:
{{#each (entries properties.http)}}
          - path: {{json this.key}}
            pathType: ImplementationSpecific
            backend:
              service:
                name: {{json ../name}}
                port: { number: {{json this.value}} }
{{/each}}
`}},origins:{outputs:[30,5]},hash:"40209717198977bdd63ab046eb2111585d25a388d76d4fa75c353c1328905105"}]},{path:"templates/traits/init-container.yaml",text:`# Mirrors KubeVela's init-container trait (vela-templates/definitions/internal/trait/init-container.cue):
# an init container, an emptyDir \`mountName\` shared with the main container, extra mounts.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: init-container
spec:
  version: 1.0.0
  description: >-
    Adds an init container to the pods and an emptyDir volume it shares with the main container
    (mounted at initMountPath in the init container, appMountPath in the main one).
  schema:
    type: object
    additionalProperties: false
    required: [name, image, appMountPath, initMountPath]
    properties:
      name: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63, description: Init container name. }
      image: { type: string, minLength: 1, description: Init container image. }
      imagePullPolicy: { enum: [IfNotPresent, Always, Never], default: IfNotPresent, description: When the kubelet pulls the image. }
      cmd: { type: array, items: { type: string }, description: Init container command. }
      args: { type: array, items: { type: string }, description: Init container arguments. }
      env:
        type: array
        description: Environment variables, each {name, value} or {name, valueFrom}.
        items:
          type: object
          additionalProperties: false
          required: [name]
          properties:
            name: { type: string, minLength: 1 }
            value: { type: string }
            valueFrom: { type: object }
      mountName: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', default: workdir, description: Name of the shared emptyDir volume. }
      appMountPath: { type: string, minLength: 1, description: Where the main container mounts the shared volume. }
      initMountPath: { type: string, minLength: 1, description: Where the init container mounts the shared volume. }
      extraVolumeMounts:
        type: array
        default: []
        description: More volumes of the pod the init container mounts, each {name, mountPath}.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { type: string, minLength: 1 }
            mountPath: { type: string, minLength: 1 }
  patch: |
    podSpec:
      initContainers:
        - name: {{json properties.name}}
          image: {{json properties.image}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
    {{#if properties.cmd}}
          command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
          args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
          env: {{json properties.env}}
    {{/if}}
          volumeMounts:
            - name: {{json properties.mountName}}
              mountPath: {{json properties.initMountPath}}
    {{#each properties.extraVolumeMounts}}
            - {{json this}}
    {{/each}}
      volumes:
        - name: {{json properties.mountName}}
          emptyDir: {}
    container:
      volumeMounts:
        - name: {{json properties.mountName}}
          mountPath: {{json properties.appMountPath}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"init-container"},spec:{version:"1.0.0",description:"Adds an init container to the pods and an emptyDir volume it shares with the main container (mounted at initMountPath in the init container, appMountPath in the main one).",schema:{type:"object",additionalProperties:!1,required:["name","image","appMountPath","initMountPath"],properties:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Init container name."},image:{type:"string",minLength:1,description:"Init container image."},imagePullPolicy:{enum:["IfNotPresent","Always","Never"],default:"IfNotPresent",description:"When the kubelet pulls the image."},cmd:{type:"array",items:{type:"string"},description:"Init container command."},args:{type:"array",items:{type:"string"},description:"Init container arguments."},env:{type:"array",description:"Environment variables, each {name, value} or {name, valueFrom}.",items:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1},value:{type:"string"},valueFrom:{type:"object"}}}},mountName:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",default:"workdir",description:"Name of the shared emptyDir volume."},appMountPath:{type:"string",minLength:1,description:"Where the main container mounts the shared volume."},initMountPath:{type:"string",minLength:1,description:"Where the init container mounts the shared volume."},extraVolumeMounts:{type:"array",default:[],description:"More volumes of the pod the init container mounts, each {name, mountPath}.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{type:"string",minLength:1},mountPath:{type:"string",minLength:1}}}}}},patch:`podSpec:
  initContainers:
    - name: {{json properties.name}}
      image: {{json properties.image}}
      imagePullPolicy: {{json properties.imagePullPolicy}}
{{#if properties.cmd}}
      command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
      args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
      env: {{json properties.env}}
{{/if}}
      volumeMounts:
        - name: {{json properties.mountName}}
          mountPath: {{json properties.initMountPath}}
{{#each properties.extraVolumeMounts}}
        - {{json this}}
{{/each}}
  volumes:
    - name: {{json properties.mountName}}
      emptyDir: {}
container:
  volumeMounts:
    - name: {{json properties.mountName}}
      mountPath: {{json properties.appMountPath}}
`}},origins:{patch:[48,5]},hash:"ecbfe1c559e151a16e6fd2eb09ff20bee1f9405d734efaa22d46df198487154c"}]},{path:"templates/traits/json-merge-patch.yaml",text:`# Mirrors KubeVela's json-merge-patch trait (vela-templates/definitions/internal/trait/json-merge-patch.cue):
# RFC 7396 on the component's main object (KubeVela's \`output\`): maps merge, lists replace, null deletes.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: json-merge-patch
spec:
  version: 1.0.0
  description: >-
    Merges the properties into the component's main object (the first object its template renders)
    as a JSON Merge Patch (RFC 7396): maps merge, lists and scalars replace, null deletes.
  appliesTo: ['*']
  schema:
    type: object
    additionalProperties: true
    description: The merge patch itself, e.g. spec.replicas or metadata.annotations.
  patch: |
    mergePatch: {{json properties}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"json-merge-patch"},spec:{version:"1.0.0",description:"Merges the properties into the component's main object (the first object its template renders) as a JSON Merge Patch (RFC 7396): maps merge, lists and scalars replace, null deletes.",appliesTo:["*"],schema:{type:"object",additionalProperties:!0,description:"The merge patch itself, e.g. spec.replicas or metadata.annotations."},patch:`mergePatch: {{json properties}}
`}},origins:{patch:[18,5]},hash:"3266f9e3c216d7226d359e1528f6808c564c662ef8542e77c4100d75640f2b11"}]},{path:"templates/traits/json-patch.yaml",text:`# Mirrors KubeVela's json-patch trait (vela-templates/definitions/internal/trait/json-patch.cue):
# RFC 6902 operations on the component's main object (KubeVela's \`output\`), in order.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: json-patch
spec:
  version: 1.0.0
  description: >-
    Applies JSON Patch (RFC 6902) operations to the component's main object (the first object its
    template renders); an operation that fails (a path that does not exist, a failed test) is an error.
  appliesTo: ['*']
  schema:
    type: object
    additionalProperties: false
    required: [operations]
    properties:
      operations:
        type: array
        description: Operations, each {op, path, value} or {op, from, path} (op add, remove, replace, move, copy, test).
        items:
          type: object
          additionalProperties: false
          required: [op, path]
          properties:
            op: { enum: [add, remove, replace, move, copy, test] }
            path: { type: string }
            from: { type: string }
            value: {}
  patch: |
    jsonPatch: {{json properties.operations}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"json-patch"},spec:{version:"1.0.0",description:"Applies JSON Patch (RFC 6902) operations to the component's main object (the first object its template renders); an operation that fails (a path that does not exist, a failed test) is an error.",appliesTo:["*"],schema:{type:"object",additionalProperties:!1,required:["operations"],properties:{operations:{type:"array",description:"Operations, each {op, path, value} or {op, from, path} (op add, remove, replace, move, copy, test).",items:{type:"object",additionalProperties:!1,required:["op","path"],properties:{op:{enum:["add","remove","replace","move","copy","test"]},path:{type:"string"},from:{type:"string"},value:{}}}}}},patch:`jsonPatch: {{json properties.operations}}
`}},origins:{patch:[31,5]},hash:"dabd4145509b932caf99d90afe29901154e5e5206351928259efa1ad508bc899"}]},{path:"templates/traits/k8s-update-strategy.yaml",text:`# Mirrors KubeVela's k8s-update-strategy trait (vela-templates/definitions/internal/trait/k8s-update-strategy.cue).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: k8s-update-strategy
spec:
  version: 1.0.0
  description: >-
    The rollout strategy of a Deployment (spec.strategy) or the update strategy of a StatefulSet or
    DaemonSet (spec.updateStrategy), chosen by targetKind.
  appliesTo: [Deployment, StatefulSet, DaemonSet]
  schema:
    type: object
    additionalProperties: false
    properties:
      targetAPIVersion: { type: string, default: apps/v1, description: apiVersion of the workload (informational, as in KubeVela). }
      targetKind: { enum: [Deployment, StatefulSet, DaemonSet], default: Deployment, description: Kind of the workload. }
      strategy:
        type: object
        additionalProperties: false
        default: {}
        description: "{type, rollingStrategy: {maxSurge, maxUnavailable, partition}}."
        properties:
          type: { enum: [RollingUpdate, Recreate, OnDelete], default: RollingUpdate, description: Strategy type (Recreate for Deployments, OnDelete for StatefulSets and DaemonSets). }
          rollingStrategy:
            type: object
            additionalProperties: false
            default: {}
            description: RollingUpdate settings.
            properties:
              maxSurge: { type: string, default: 25%, description: Extra pods during a rollout (Deployment, DaemonSet). }
              maxUnavailable: { type: string, default: 25%, description: Pods that may be unavailable (Deployment, DaemonSet). }
              partition: { type: integer, minimum: 0, default: 0, description: Ordinal from which pods are updated (StatefulSet). }
  patch: |
    {{#if (or (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete")) (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate")) (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate")))}}
    object:
      spec:
    {{#if (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete"))}}
        strategy:
          type: {{json properties.strategy.type}}
    {{#if (eq properties.strategy.type "RollingUpdate")}}
          rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
    {{else}}
          rollingUpdate: null
    {{/if}}
    {{/if}}
    {{#if (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate"))}}
        updateStrategy:
          type: {{json properties.strategy.type}}
    {{#if (eq properties.strategy.type "RollingUpdate")}}
          rollingUpdate: {{json (dict "partition" properties.strategy.rollingStrategy.partition)}}
    {{else}}
          rollingUpdate: null
    {{/if}}
    {{/if}}
    {{#if (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate"))}}
        updateStrategy:
          type: {{json properties.strategy.type}}
    {{#if (eq properties.strategy.type "RollingUpdate")}}
          rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
    {{else}}
          rollingUpdate: null
    {{/if}}
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"k8s-update-strategy"},spec:{version:"1.0.0",description:"The rollout strategy of a Deployment (spec.strategy) or the update strategy of a StatefulSet or DaemonSet (spec.updateStrategy), chosen by targetKind.",appliesTo:["Deployment","StatefulSet","DaemonSet"],schema:{type:"object",additionalProperties:!1,properties:{targetAPIVersion:{type:"string",default:"apps/v1",description:"apiVersion of the workload (informational","as in KubeVela).":null},targetKind:{enum:["Deployment","StatefulSet","DaemonSet"],default:"Deployment",description:"Kind of the workload."},strategy:{type:"object",additionalProperties:!1,default:{},description:"{type, rollingStrategy: {maxSurge, maxUnavailable, partition}}.",properties:{type:{enum:["RollingUpdate","Recreate","OnDelete"],default:"RollingUpdate",description:"Strategy type (Recreate for Deployments","OnDelete for StatefulSets and DaemonSets).":null},rollingStrategy:{type:"object",additionalProperties:!1,default:{},description:"RollingUpdate settings.",properties:{maxSurge:{type:"string",default:"25%",description:"Extra pods during a rollout (Deployment","DaemonSet).":null},maxUnavailable:{type:"string",default:"25%",description:"Pods that may be unavailable (Deployment","DaemonSet).":null},partition:{type:"integer",minimum:0,default:0,description:"Ordinal from which pods are updated (StatefulSet)."}}}}}}},patch:`{{#if (or (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete")) (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate")) (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate")))}}
object:
  spec:
{{#if (and (eq properties.targetKind "Deployment") (ne properties.strategy.type "OnDelete"))}}
    strategy:
      type: {{json properties.strategy.type}}
{{#if (eq properties.strategy.type "RollingUpdate")}}
      rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
{{else}}
      rollingUpdate: null
{{/if}}
{{/if}}
{{#if (and (eq properties.targetKind "StatefulSet") (ne properties.strategy.type "Recreate"))}}
    updateStrategy:
      type: {{json properties.strategy.type}}
{{#if (eq properties.strategy.type "RollingUpdate")}}
      rollingUpdate: {{json (dict "partition" properties.strategy.rollingStrategy.partition)}}
{{else}}
      rollingUpdate: null
{{/if}}
{{/if}}
{{#if (and (eq properties.targetKind "DaemonSet") (ne properties.strategy.type "Recreate"))}}
    updateStrategy:
      type: {{json properties.strategy.type}}
{{#if (eq properties.strategy.type "RollingUpdate")}}
      rollingUpdate: {{json (dict "maxSurge" properties.strategy.rollingStrategy.maxSurge "maxUnavailable" properties.strategy.rollingStrategy.maxUnavailable)}}
{{else}}
      rollingUpdate: null
{{/if}}
{{/if}}
{{/if}}
`}},origins:{patch:[35,5]},hash:"aea3f9af83f907d053e799b03d2139a00913d4ac474da308279cbea887bc788b"}]},{path:"templates/traits/labels.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: labels
spec:
  version: 1.0.0
  description: >-
    Labels on every object of the component and on the pod template of its workloads. The
    properties are the labels themselves; a null value removes a label.
  appliesTo: ['*']
  schema:
    type: object
    description: Label name -> value.
    propertyNames:
      pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$'
    additionalProperties:
      type: [string, 'null']
      maxLength: 63
      description: Label value (null removes the label).
  patch: |
    object:
      metadata:
        labels: {{json properties}}
    podTemplate:
      metadata:
        labels: {{json properties}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"labels"},spec:{version:"1.0.0",description:"Labels on every object of the component and on the pod template of its workloads. The properties are the labels themselves; a null value removes a label.",appliesTo:["*"],schema:{type:"object",description:"Label name -> value.",propertyNames:{pattern:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},additionalProperties:{type:["string","null"],maxLength:63,description:"Label value (null removes the label)."}},patch:`object:
  metadata:
    labels: {{json properties}}
podTemplate:
  metadata:
    labels: {{json properties}}
`}},origins:{patch:[21,5]},hash:"a732ee77202ee2b917f28b067c6fbb08c757ce7bfc1c4e33b16d9751cd3b1fee"}]},{path:"templates/traits/node-affinity.yaml",text:`# Mirrors KubeVela's node-affinity trait (vela-templates/definitions/deprecated/node-affinity.cue):
# a required node affinity with one In expression per label, and NoSchedule Equal tolerations, both
# in key order. Both lists replace the pod's.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: node-affinity
spec:
  version: 1.0.0
  description: >-
    Pins the pods to nodes whose labels have one of the given values and tolerates NoSchedule taints
    (KubeVela's node-affinity trait; the scheduling and affinity traits offer the full Kubernetes forms).
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      affinity:
        type: object
        additionalProperties: { type: array, minItems: 1, items: { type: string } }
        description: Node label -> accepted values (operator In).
      tolerations:
        type: object
        additionalProperties: { type: string }
        description: Taint key -> value tolerated (operator Equal, effect NoSchedule).
  patch: |
    podSpec:
    {{#if properties.affinity}}
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
    {{#each (entries properties.affinity)}}
                  - { key: {{json this.key}}, operator: In, values: {{json this.value}} }
    {{/each}}
    {{/if}}
    {{#if properties.tolerations}}
      tolerations:
    {{#each (entries properties.tolerations)}}
        - { effect: NoSchedule, key: {{json this.key}}, operator: Equal, value: {{json this.value}} }
    {{/each}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"node-affinity"},spec:{version:"1.0.0",description:"Pins the pods to nodes whose labels have one of the given values and tolerates NoSchedule taints (KubeVela's node-affinity trait; the scheduling and affinity traits offer the full Kubernetes forms).",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{affinity:{type:"object",additionalProperties:{type:"array",minItems:1,items:{type:"string"}},description:"Node label -> accepted values (operator In)."},tolerations:{type:"object",additionalProperties:{type:"string"},description:"Taint key -> value tolerated (operator Equal, effect NoSchedule)."}}},patch:`podSpec:
{{#if properties.affinity}}
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
{{#each (entries properties.affinity)}}
              - { key: {{json this.key}}, operator: In, values: {{json this.value}} }
{{/each}}
{{/if}}
{{#if properties.tolerations}}
  tolerations:
{{#each (entries properties.tolerations)}}
    - { effect: NoSchedule, key: {{json this.key}}, operator: Equal, value: {{json this.value}} }
{{/each}}
{{/if}}
`}},origins:{patch:[27,5]},hash:"985c82c22fbfd501cd624feb9d59382e6fb4e1d711a15ad1eac4e6e568c82d78"}]},{path:"templates/traits/podsecuritycontext.yaml",text:`# Mirrors KubeVela's podsecuritycontext trait (vela-templates/definitions/internal/trait/podsecuritycontext.cue).
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: podsecuritycontext
spec:
  version: 1.0.0
  description: The pod securityContext of the component's pods (runAsNonRoot true by default).
  schema:
    type: object
    additionalProperties: false
    properties:
      appArmorProfile: { $ref: '#/definitions/profile', description: AppArmor profile of the pods. }
      fsGroup: { type: integer, description: Group owning mounted volumes. }
      runAsGroup: { type: integer, description: Primary group of the processes. }
      runAsUser: { type: integer, description: User of the processes. }
      runAsNonRoot: { type: boolean, default: true, description: Refuse to start containers running as root. }
      seccompProfile: { $ref: '#/definitions/profile', description: Seccomp profile of the pods. }
    definitions:
      profile:
        type: object
        additionalProperties: false
        required: [type]
        properties:
          type: { enum: [RuntimeDefault, Unconfined, Localhost] }
          localhostProfile: { type: string }
  patch: |
    podSpec:
      securityContext: {{json (dict "appArmorProfile" properties.appArmorProfile "fsGroup" properties.fsGroup "runAsGroup" properties.runAsGroup "runAsUser" properties.runAsUser "seccompProfile" properties.seccompProfile "runAsNonRoot" properties.runAsNonRoot)}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"podsecuritycontext"},spec:{version:"1.0.0",description:"The pod securityContext of the component's pods (runAsNonRoot true by default).",schema:{type:"object",additionalProperties:!1,properties:{appArmorProfile:{$ref:"#/definitions/profile",description:"AppArmor profile of the pods."},fsGroup:{type:"integer",description:"Group owning mounted volumes."},runAsGroup:{type:"integer",description:"Primary group of the processes."},runAsUser:{type:"integer",description:"User of the processes."},runAsNonRoot:{type:"boolean",default:!0,description:"Refuse to start containers running as root."},seccompProfile:{$ref:"#/definitions/profile",description:"Seccomp profile of the pods."}},definitions:{profile:{type:"object",additionalProperties:!1,required:["type"],properties:{type:{enum:["RuntimeDefault","Unconfined","Localhost"]},localhostProfile:{type:"string"}}}}},patch:`podSpec:
  securityContext: {{json (dict "appArmorProfile" properties.appArmorProfile "fsGroup" properties.fsGroup "runAsGroup" properties.runAsGroup "runAsUser" properties.runAsUser "seccompProfile" properties.seccompProfile "runAsNonRoot" properties.runAsNonRoot)}}
`}},origins:{patch:[28,5]},hash:"789d00047bdab1e55da5496c0aec2369f935dfbba258722eb445e234e6ced71b"}]},{path:"templates/traits/resources.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: resources
spec:
  version: 1.0.0
  description: >-
    CPU and memory requests and limits of the main container. \`cpu\`/\`memory\` set both the request
    and the limit; \`requests\`/\`limits\` set one side and win over the shorthand.
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      cpu:
        $ref: '#/definitions/cpu'
        description: Request and limit for CPU, e.g. "500m".
      memory:
        $ref: '#/definitions/memory'
        description: Request and limit for memory, e.g. "512Mi".
      requests:
        type: object
        additionalProperties: false
        description: Requests only (win over cpu/memory).
        properties:
          cpu: { $ref: '#/definitions/cpu', description: CPU request. }
          memory: { $ref: '#/definitions/memory', description: Memory request. }
      limits:
        type: object
        additionalProperties: false
        description: Limits only (win over cpu/memory).
        properties:
          cpu: { $ref: '#/definitions/cpu', description: CPU limit. }
          memory: { $ref: '#/definitions/memory', description: Memory limit. }
    definitions:
      cpu:
        type: [string, number]
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
      memory:
        type: string
        pattern: '^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$'
  patch: |
    {{#if (or (defined properties.cpu) (defined properties.memory) properties.requests properties.limits)}}
    container:
      resources:
    {{#if (or (defined properties.cpu) (defined properties.memory) properties.requests)}}
        requests: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.requests)}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory) properties.limits)}}
        limits: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.limits)}}
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"resources"},spec:{version:"1.0.0",description:"CPU and memory requests and limits of the main container. `cpu`/`memory` set both the request and the limit; `requests`/`limits` set one side and win over the shorthand.",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{cpu:{$ref:"#/definitions/cpu",description:'Request and limit for CPU, e.g. "500m".'},memory:{$ref:"#/definitions/memory",description:'Request and limit for memory, e.g. "512Mi".'},requests:{type:"object",additionalProperties:!1,description:"Requests only (win over cpu/memory).",properties:{cpu:{$ref:"#/definitions/cpu",description:"CPU request."},memory:{$ref:"#/definitions/memory",description:"Memory request."}}},limits:{type:"object",additionalProperties:!1,description:"Limits only (win over cpu/memory).",properties:{cpu:{$ref:"#/definitions/cpu",description:"CPU limit."},memory:{$ref:"#/definitions/memory",description:"Memory limit."}}}},definitions:{cpu:{type:["string","number"],pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$"},memory:{type:"string",pattern:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$"}}},patch:`{{#if (or (defined properties.cpu) (defined properties.memory) properties.requests properties.limits)}}
container:
  resources:
{{#if (or (defined properties.cpu) (defined properties.memory) properties.requests)}}
    requests: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.requests)}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory) properties.limits)}}
    limits: {{json (merge (dict "cpu" properties.cpu "memory" properties.memory) properties.limits)}}
{{/if}}
{{/if}}
`}},origins:{patch:[43,5]},hash:"b70cee30f20f112e95eaeca77bcb4761f33a3dd294a7e861b23f75bfb8de5e77"}]},{path:"templates/traits/scaler.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: scaler
spec:
  version: 1.0.0
  description: Sets a fixed replica count on the component's Deployment or StatefulSet.
  appliesTo: [Deployment, StatefulSet]
  schema:
    type: object
    additionalProperties: false
    properties:
      replicas:
        type: integer
        minimum: 0
        default: 1
        description: Number of pods.
  patch: |
    object:
      spec:
        replicas: {{json properties.replicas}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"scaler"},spec:{version:"1.0.0",description:"Sets a fixed replica count on the component's Deployment or StatefulSet.",appliesTo:["Deployment","StatefulSet"],schema:{type:"object",additionalProperties:!1,properties:{replicas:{type:"integer",minimum:0,default:1,description:"Number of pods."}}},patch:`object:
  spec:
    replicas: {{json properties.replicas}}
`}},origins:{patch:[19,5]},hash:"30f2eadbe30db53112a31f17d3c335c4352f192745f164d8480bef3872965912"}]},{path:"templates/traits/scheduling.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: scheduling
spec:
  version: 1.0.0
  description: >-
    Where the pods may run: node selector, tolerations, affinity, topology spread and priority.
    Lists replace what the component or an earlier trait set.
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      nodeSelector:
        type: object
        additionalProperties: { type: string }
        description: Node labels the pods require (merged into the pod's nodeSelector).
      tolerations:
        type: array
        description: Taints the pods tolerate (replaces the pod's list).
        items:
          type: object
          additionalProperties: false
          properties:
            key: { type: string, description: Taint key (empty with operator Exists = every taint). }
            operator: { enum: [Exists, Equal], default: Equal, description: Match operator. }
            value: { type: string, description: Taint value (operator Equal). }
            effect: { enum: [NoSchedule, PreferNoSchedule, NoExecute], description: Taint effect (empty = all). }
            tolerationSeconds: { type: integer, description: For NoExecute, how long the pod stays. }
      affinity:
        type: object
        additionalProperties: false
        description: Kubernetes affinity, passed through (replaces the pod's affinity sections given).
        properties:
          nodeAffinity: { type: object, description: Kubernetes NodeAffinity. }
          podAffinity: { type: object, description: Kubernetes PodAffinity. }
          podAntiAffinity: { type: object, description: Kubernetes PodAntiAffinity. }
      topologySpreadConstraints:
        type: array
        description: Spread of the pods over topology domains (replaces the pod's list).
        items:
          type: object
          additionalProperties: false
          required: [topologyKey]
          properties:
            maxSkew: { type: integer, minimum: 1, default: 1, description: Largest allowed difference between domains. }
            topologyKey: { type: string, description: Node label defining the domains, e.g. topology.kubernetes.io/zone. }
            whenUnsatisfiable: { enum: [DoNotSchedule, ScheduleAnyway], default: DoNotSchedule, description: Hard or soft constraint. }
            labelSelector: { type: object, description: Pods counted (default the component's pods). }
            minDomains: { type: integer, minimum: 1, description: Minimum number of eligible domains. }
            matchLabelKeys: { type: array, items: { type: string }, description: Pod label keys to group by. }
            nodeAffinityPolicy: { enum: [Honor, Ignore], description: Whether node affinity limits the domains. }
            nodeTaintsPolicy: { enum: [Honor, Ignore], description: Whether node taints limit the domains. }
      priorityClassName:
        type: string
        minLength: 1
        description: PriorityClass of the pods.
  patch: |
    podSpec:
    {{#if properties.nodeSelector}}
      nodeSelector: {{json properties.nodeSelector}}
    {{/if}}
    {{#if properties.tolerations}}
      tolerations: {{json properties.tolerations}}
    {{/if}}
    {{#if properties.affinity}}
      affinity: {{json properties.affinity}}
    {{/if}}
    {{#if properties.topologySpreadConstraints}}
      topologySpreadConstraints:
    {{#each properties.topologySpreadConstraints}}
        - {{json (merge (dict "labelSelector" (dict "matchLabels" ../context.labels.selector)) this)}}
    {{/each}}
    {{/if}}
    {{#if properties.priorityClassName}}
      priorityClassName: {{json properties.priorityClassName}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"scheduling"},spec:{version:"1.0.0",description:"Where the pods may run: node selector, tolerations, affinity, topology spread and priority. Lists replace what the component or an earlier trait set.",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{nodeSelector:{type:"object",additionalProperties:{type:"string"},description:"Node labels the pods require (merged into the pod's nodeSelector)."},tolerations:{type:"array",description:"Taints the pods tolerate (replaces the pod's list).",items:{type:"object",additionalProperties:!1,properties:{key:{type:"string",description:"Taint key (empty with operator Exists = every taint)."},operator:{enum:["Exists","Equal"],default:"Equal",description:"Match operator."},value:{type:"string",description:"Taint value (operator Equal)."},effect:{enum:["NoSchedule","PreferNoSchedule","NoExecute"],description:"Taint effect (empty = all)."},tolerationSeconds:{type:"integer",description:"For NoExecute","how long the pod stays.":null}}}},affinity:{type:"object",additionalProperties:!1,description:"Kubernetes affinity, passed through (replaces the pod's affinity sections given).",properties:{nodeAffinity:{type:"object",description:"Kubernetes NodeAffinity."},podAffinity:{type:"object",description:"Kubernetes PodAffinity."},podAntiAffinity:{type:"object",description:"Kubernetes PodAntiAffinity."}}},topologySpreadConstraints:{type:"array",description:"Spread of the pods over topology domains (replaces the pod's list).",items:{type:"object",additionalProperties:!1,required:["topologyKey"],properties:{maxSkew:{type:"integer",minimum:1,default:1,description:"Largest allowed difference between domains."},topologyKey:{type:"string",description:"Node label defining the domains","e.g. topology.kubernetes.io/zone.":null},whenUnsatisfiable:{enum:["DoNotSchedule","ScheduleAnyway"],default:"DoNotSchedule",description:"Hard or soft constraint."},labelSelector:{type:"object",description:"Pods counted (default the component's pods)."},minDomains:{type:"integer",minimum:1,description:"Minimum number of eligible domains."},matchLabelKeys:{type:"array",items:{type:"string"},description:"Pod label keys to group by."},nodeAffinityPolicy:{enum:["Honor","Ignore"],description:"Whether node affinity limits the domains."},nodeTaintsPolicy:{enum:["Honor","Ignore"],description:"Whether node taints limit the domains."}}}},priorityClassName:{type:"string",minLength:1,description:"PriorityClass of the pods."}}},patch:`podSpec:
{{#if properties.nodeSelector}}
  nodeSelector: {{json properties.nodeSelector}}
{{/if}}
{{#if properties.tolerations}}
  tolerations: {{json properties.tolerations}}
{{/if}}
{{#if properties.affinity}}
  affinity: {{json properties.affinity}}
{{/if}}
{{#if properties.topologySpreadConstraints}}
  topologySpreadConstraints:
{{#each properties.topologySpreadConstraints}}
    - {{json (merge (dict "labelSelector" (dict "matchLabels" ../context.labels.selector)) this)}}
{{/each}}
{{/if}}
{{#if properties.priorityClassName}}
  priorityClassName: {{json properties.priorityClassName}}
{{/if}}
`}},origins:{patch:[60,5]},hash:"2a400cd11fb2b5490f695905d8a5a7be68e221f29e155169c96425be05656095"}]},{path:"templates/traits/securitycontext.yaml",text:`# Mirrors KubeVela's securitycontext trait (vela-templates/definitions/internal/trait/securitycontext.cue):
# the container securityContext with KubeVela's defaults; a container that does not exist is an error.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: securitycontext
spec:
  version: 1.0.0
  description: >-
    The securityContext of a container (the main one, or containerName): capabilities, privilege
    escalation, read-only root filesystem, non-root user (KubeVela's defaults: no escalation, not
    privileged, writable root, runAsNonRoot).
  schema:
    type: object
    additionalProperties: false
    properties:
      containerName: { type: string, default: '', description: Container to change (default the main container). }
      addCapabilities: { type: array, items: { type: string }, description: Capabilities to add. }
      dropCapabilities: { type: array, items: { type: string }, description: Capabilities to drop. }
      allowPrivilegeEscalation: { type: boolean, default: false, description: Allow privilege escalation. }
      privileged: { type: boolean, default: false, description: Run privileged. }
      readOnlyRootFilesystem: { type: boolean, default: false, description: Mount the root filesystem read-only. }
      runAsNonRoot: { type: boolean, default: true, description: Refuse to run as root. }
      runAsUser: { type: integer, description: User of the process. }
      runAsGroup: { type: integer, description: Group of the process. }
  patch: |
    podSpec:
      containers:
    {{#if properties.containerName}}
        - name: {{json properties.containerName}}
    {{else}}
        - name: {{json name}}
    {{/if}}
          $patch: existing
          securityContext:
            capabilities: {{json (dict "add" properties.addCapabilities "drop" properties.dropCapabilities)}}
            allowPrivilegeEscalation: {{json properties.allowPrivilegeEscalation}}
            privileged: {{json properties.privileged}}
            readOnlyRootFilesystem: {{json properties.readOnlyRootFilesystem}}
            runAsNonRoot: {{json properties.runAsNonRoot}}
    {{#if (defined properties.runAsUser)}}
            runAsUser: {{json properties.runAsUser}}
    {{/if}}
    {{#if (defined properties.runAsGroup)}}
            runAsGroup: {{json properties.runAsGroup}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"securitycontext"},spec:{version:"1.0.0",description:"The securityContext of a container (the main one, or containerName): capabilities, privilege escalation, read-only root filesystem, non-root user (KubeVela's defaults: no escalation, not privileged, writable root, runAsNonRoot).",schema:{type:"object",additionalProperties:!1,properties:{containerName:{type:"string",default:"",description:"Container to change (default the main container)."},addCapabilities:{type:"array",items:{type:"string"},description:"Capabilities to add."},dropCapabilities:{type:"array",items:{type:"string"},description:"Capabilities to drop."},allowPrivilegeEscalation:{type:"boolean",default:!1,description:"Allow privilege escalation."},privileged:{type:"boolean",default:!1,description:"Run privileged."},readOnlyRootFilesystem:{type:"boolean",default:!1,description:"Mount the root filesystem read-only."},runAsNonRoot:{type:"boolean",default:!0,description:"Refuse to run as root."},runAsUser:{type:"integer",description:"User of the process."},runAsGroup:{type:"integer",description:"Group of the process."}}},patch:`podSpec:
  containers:
{{#if properties.containerName}}
    - name: {{json properties.containerName}}
{{else}}
    - name: {{json name}}
{{/if}}
      $patch: existing
      securityContext:
        capabilities: {{json (dict "add" properties.addCapabilities "drop" properties.dropCapabilities)}}
        allowPrivilegeEscalation: {{json properties.allowPrivilegeEscalation}}
        privileged: {{json properties.privileged}}
        readOnlyRootFilesystem: {{json properties.readOnlyRootFilesystem}}
        runAsNonRoot: {{json properties.runAsNonRoot}}
{{#if (defined properties.runAsUser)}}
        runAsUser: {{json properties.runAsUser}}
{{/if}}
{{#if (defined properties.runAsGroup)}}
        runAsGroup: {{json properties.runAsGroup}}
{{/if}}
`}},origins:{patch:[27,5]},hash:"11b03e6bd42bc306c2e10a57f8f12ee57fed23b0e00ce25732fd05b07206d835"}]},{path:"templates/traits/service-account.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: service-account
spec:
  version: 1.0.0
  description: >-
    Runs the pods under a ServiceAccount, and creates it when \`create\` is set (for example with
    cloud IAM annotations).
  schema:
    type: object
    additionalProperties: false
    properties:
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'
        maxLength: 253
        description: ServiceAccount name (default the component name).
      create:
        type: boolean
        default: false
        description: Create the ServiceAccount in the workload namespace.
      annotations:
        type: object
        additionalProperties: { type: string }
        description: Annotations of the created ServiceAccount (e.g. eks.amazonaws.com/role-arn).
      automountServiceAccountToken:
        type: boolean
        description: Whether pods mount the account's API token.
  patch: |
    podSpec:
      serviceAccountName: {{json (default properties.name name)}}
    {{#if (defined properties.automountServiceAccountToken)}}
      automountServiceAccountToken: {{json properties.automountServiceAccountToken}}
    {{/if}}
  outputs: |
    {{#if properties.create}}
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: {{json (default properties.name name)}}
      namespace: {{json context.workload.namespace}}
      labels: {{json context.labels.object}}
    {{#if properties.annotations}}
      annotations: {{json properties.annotations}}
    {{/if}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"service-account"},spec:{version:"1.0.0",description:"Runs the pods under a ServiceAccount, and creates it when `create` is set (for example with cloud IAM annotations).",schema:{type:"object",additionalProperties:!1,properties:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",maxLength:253,description:"ServiceAccount name (default the component name)."},create:{type:"boolean",default:!1,description:"Create the ServiceAccount in the workload namespace."},annotations:{type:"object",additionalProperties:{type:"string"},description:"Annotations of the created ServiceAccount (e.g. eks.amazonaws.com/role-arn)."},automountServiceAccountToken:{type:"boolean",description:"Whether pods mount the account's API token."}}},patch:`podSpec:
  serviceAccountName: {{json (default properties.name name)}}
{{#if (defined properties.automountServiceAccountToken)}}
  automountServiceAccountToken: {{json properties.automountServiceAccountToken}}
{{/if}}
`,outputs:`{{#if properties.create}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{json (default properties.name name)}}
  namespace: {{json context.workload.namespace}}
  labels: {{json context.labels.object}}
{{#if properties.annotations}}
  annotations: {{json properties.annotations}}
{{/if}}
{{/if}}
`}},origins:{patch:[31,5],outputs:[37,5]},hash:"8f83bda44b7db96789bdafdec0ef13dd378d88849145ebee1a33227ac895e407"}]},{path:"templates/traits/sidecar.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: sidecar
spec:
  version: 1.0.0
  description: >-
    Adds a second container to the pods of the component (log shippers, proxies). A container of
    the same name is replaced field by field.
  schema:
    type: object
    additionalProperties: false
    required: [name, image]
    properties:
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 63
        description: Container name.
      image:
        type: string
        minLength: 1
        description: Container image.
      imagePullPolicy:
        enum: [Always, IfNotPresent, Never]
        description: When the kubelet pulls the image.
      cmd:
        type: array
        items: { type: string }
        description: Container command.
      args:
        type: array
        items: { type: string }
        description: Container arguments.
      env:
        type: array
        items: { $ref: '#/definitions/envVar' }
        description: Environment variables, each {name, value} or {name, valueFrom}.
      ports:
        type: array
        description: Ports the sidecar listens on.
        items:
          type: object
          additionalProperties: false
          required: [containerPort]
          properties:
            containerPort: { type: integer, minimum: 1, maximum: 65535, description: Port number. }
            name: { type: string, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 15, description: Port name. }
            protocol: { enum: [TCP, UDP, SCTP], default: TCP, description: Protocol. }
      volumeMounts:
        type: array
        description: Volumes of the pod to mount (for example those of the storage trait, named pvc-<name>, configmap-<name>, ...).
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { type: string, minLength: 1, description: Volume name. }
            mountPath: { type: string, minLength: 1, description: Where to mount it. }
            subPath: { type: string, description: Sub-path of the volume. }
            readOnly: { type: boolean, description: Mount read-only. }
      cpu:
        type: [string, number]
        description: CPU request and limit.
      memory:
        type: string
        description: Memory request and limit.
      livenessProbe:
        $ref: '#/definitions/probe'
        description: Liveness probe.
      readinessProbe:
        $ref: '#/definitions/probe'
        description: Readiness probe.
    definitions:
      envVar:
        type: object
        additionalProperties: false
        required: [name]
        properties:
          name: { type: string, minLength: 1, description: Variable name. }
          value: { type: string, description: Literal value. }
          valueFrom:
            type: object
            additionalProperties: false
            description: Value taken from a Secret, ConfigMap, pod field or resource.
            properties:
              secretKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              configMapKeyRef:
                type: object
                additionalProperties: false
                required: [name, key]
                properties:
                  name: { type: string }
                  key: { type: string }
                  optional: { type: boolean }
              fieldRef:
                type: object
                additionalProperties: false
                required: [fieldPath]
                properties:
                  fieldPath: { type: string }
                  apiVersion: { type: string }
              resourceFieldRef:
                type: object
                additionalProperties: false
                required: [resource]
                properties:
                  resource: { type: string }
                  containerName: { type: string }
                  divisor: { type: [string, number] }
      probe:
        type: object
        additionalProperties: false
        oneOf:
          - required: [exec]
          - required: [httpGet]
          - required: [tcpSocket]
          - required: [grpc]
        properties:
          exec:
            type: object
            additionalProperties: false
            required: [command]
            properties:
              command: { type: array, items: { type: string } }
          httpGet:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              path: { type: string }
              port: { type: [integer, string] }
              host: { type: string }
              scheme: { enum: [HTTP, HTTPS] }
              httpHeaders:
                type: array
                items:
                  type: object
                  additionalProperties: false
                  required: [name, value]
                  properties:
                    name: { type: string }
                    value: { type: string }
          tcpSocket:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: [integer, string] }
              host: { type: string }
          grpc:
            type: object
            additionalProperties: false
            required: [port]
            properties:
              port: { type: integer }
              service: { type: string }
          initialDelaySeconds: { type: integer, minimum: 0 }
          periodSeconds: { type: integer, minimum: 1 }
          timeoutSeconds: { type: integer, minimum: 1 }
          successThreshold: { type: integer, minimum: 1 }
          failureThreshold: { type: integer, minimum: 1 }
          terminationGracePeriodSeconds: { type: integer, minimum: 1 }
  patch: |
    podSpec:
      containers:
        - name: {{json properties.name}}
          image: {{json properties.image}}
    {{#if properties.imagePullPolicy}}
          imagePullPolicy: {{json properties.imagePullPolicy}}
    {{/if}}
    {{#if properties.cmd}}
          command: {{json properties.cmd}}
    {{/if}}
    {{#if properties.args}}
          args: {{json properties.args}}
    {{/if}}
    {{#if properties.env}}
          env: {{json properties.env}}
    {{/if}}
    {{#if properties.ports}}
          ports: {{json properties.ports}}
    {{/if}}
    {{#if properties.volumeMounts}}
          volumeMounts: {{json properties.volumeMounts}}
    {{/if}}
    {{#if (or (defined properties.cpu) (defined properties.memory))}}
          resources:
            requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
            limits: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
    {{/if}}
    {{#if properties.livenessProbe}}
          livenessProbe: {{json properties.livenessProbe}}
    {{/if}}
    {{#if properties.readinessProbe}}
          readinessProbe: {{json properties.readinessProbe}}
    {{/if}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"sidecar"},spec:{version:"1.0.0",description:"Adds a second container to the pods of the component (log shippers, proxies). A container of the same name is replaced field by field.",schema:{type:"object",additionalProperties:!1,required:["name","image"],properties:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:63,description:"Container name."},image:{type:"string",minLength:1,description:"Container image."},imagePullPolicy:{enum:["Always","IfNotPresent","Never"],description:"When the kubelet pulls the image."},cmd:{type:"array",items:{type:"string"},description:"Container command."},args:{type:"array",items:{type:"string"},description:"Container arguments."},env:{type:"array",items:{$ref:"#/definitions/envVar"},description:"Environment variables, each {name, value} or {name, valueFrom}."},ports:{type:"array",description:"Ports the sidecar listens on.",items:{type:"object",additionalProperties:!1,required:["containerPort"],properties:{containerPort:{type:"integer",minimum:1,maximum:65535,description:"Port number."},name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:15,description:"Port name."},protocol:{enum:["TCP","UDP","SCTP"],default:"TCP",description:"Protocol."}}}},volumeMounts:{type:"array",description:"Volumes of the pod to mount (for example those of the storage trait, named pvc-<name>, configmap-<name>, ...).",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{type:"string",minLength:1,description:"Volume name."},mountPath:{type:"string",minLength:1,description:"Where to mount it."},subPath:{type:"string",description:"Sub-path of the volume."},readOnly:{type:"boolean",description:"Mount read-only."}}}},cpu:{type:["string","number"],description:"CPU request and limit."},memory:{type:"string",description:"Memory request and limit."},livenessProbe:{$ref:"#/definitions/probe",description:"Liveness probe."},readinessProbe:{$ref:"#/definitions/probe",description:"Readiness probe."}},definitions:{envVar:{type:"object",additionalProperties:!1,required:["name"],properties:{name:{type:"string",minLength:1,description:"Variable name."},value:{type:"string",description:"Literal value."},valueFrom:{type:"object",additionalProperties:!1,description:"Value taken from a Secret, ConfigMap, pod field or resource.",properties:{secretKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},configMapKeyRef:{type:"object",additionalProperties:!1,required:["name","key"],properties:{name:{type:"string"},key:{type:"string"},optional:{type:"boolean"}}},fieldRef:{type:"object",additionalProperties:!1,required:["fieldPath"],properties:{fieldPath:{type:"string"},apiVersion:{type:"string"}}},resourceFieldRef:{type:"object",additionalProperties:!1,required:["resource"],properties:{resource:{type:"string"},containerName:{type:"string"},divisor:{type:["string","number"]}}}}}}},probe:{type:"object",additionalProperties:!1,oneOf:[{required:["exec"]},{required:["httpGet"]},{required:["tcpSocket"]},{required:["grpc"]}],properties:{exec:{type:"object",additionalProperties:!1,required:["command"],properties:{command:{type:"array",items:{type:"string"}}}},httpGet:{type:"object",additionalProperties:!1,required:["port"],properties:{path:{type:"string"},port:{type:["integer","string"]},host:{type:"string"},scheme:{enum:["HTTP","HTTPS"]},httpHeaders:{type:"array",items:{type:"object",additionalProperties:!1,required:["name","value"],properties:{name:{type:"string"},value:{type:"string"}}}}}},tcpSocket:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:["integer","string"]},host:{type:"string"}}},grpc:{type:"object",additionalProperties:!1,required:["port"],properties:{port:{type:"integer"},service:{type:"string"}}},initialDelaySeconds:{type:"integer",minimum:0},periodSeconds:{type:"integer",minimum:1},timeoutSeconds:{type:"integer",minimum:1},successThreshold:{type:"integer",minimum:1},failureThreshold:{type:"integer",minimum:1},terminationGracePeriodSeconds:{type:"integer",minimum:1}}}}},patch:`podSpec:
  containers:
    - name: {{json properties.name}}
      image: {{json properties.image}}
{{#if properties.imagePullPolicy}}
      imagePullPolicy: {{json properties.imagePullPolicy}}
{{/if}}
{{#if properties.cmd}}
      command: {{json properties.cmd}}
{{/if}}
{{#if properties.args}}
      args: {{json properties.args}}
{{/if}}
{{#if properties.env}}
      env: {{json properties.env}}
{{/if}}
{{#if properties.ports}}
      ports: {{json properties.ports}}
{{/if}}
{{#if properties.volumeMounts}}
      volumeMounts: {{json properties.volumeMounts}}
{{/if}}
{{#if (or (defined properties.cpu) (defined properties.memory))}}
      resources:
        requests: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
        limits: {{json (dict "cpu" properties.cpu "memory" properties.memory)}}
{{/if}}
{{#if properties.livenessProbe}}
      livenessProbe: {{json properties.livenessProbe}}
{{/if}}
{{#if properties.readinessProbe}}
      readinessProbe: {{json properties.readinessProbe}}
{{/if}}
`}},origins:{patch:[172,5]},hash:"fb5f649f240962a81b27f64945d24f5e7c4b68a7a30e7c10bb27e1ae79d4bbca"}]},{path:"templates/traits/storage.yaml",text:`apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: storage
spec:
  version: 1.0.0
  description: >-
    Volumes for the pods of the component, mounted into the main container: PersistentVolumeClaims,
    ConfigMaps, Secrets and emptyDirs. The PVC, ConfigMap and Secret objects are created too,
    unless mountOnly (then they must exist). Volume names are pvc-<name>, configmap-<name>,
    secret-<name>, emptydir-<name>.
  schema:
    type: object
    additionalProperties: false
    minProperties: 1
    properties:
      pvc:
        type: array
        minItems: 1
        description: PersistentVolumeClaims (named \`name\`) mounted at mountPath.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: Claim name. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Sub-path of the volume to mount. }
            readOnly: { type: boolean, default: false, description: Mount read-only. }
            mountOnly: { type: boolean, default: false, description: Do not create the claim; it already exists. }
            size: { type: string, default: 8Gi, description: Requested storage, e.g. 10Gi. }
            storageClassName: { type: string, description: StorageClass (default the cluster's default class). }
            accessModes:
              type: array
              minItems: 1
              default: [ReadWriteOnce]
              items: { enum: [ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod] }
              description: Access modes.
            volumeMode: { enum: [Filesystem, Block], default: Filesystem, description: Filesystem or raw block device. }
      configMap:
        type: array
        minItems: 1
        description: ConfigMaps (named \`name\`) mounted as files.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: ConfigMap name. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Mount a single key as a file. }
            readOnly: { type: boolean, default: true, description: Mount read-only. }
            mountOnly: { type: boolean, default: false, description: Do not create the ConfigMap; it already exists. }
            data: { type: object, additionalProperties: { type: string }, default: {}, description: Content of the created ConfigMap (key -> text). }
            defaultMode: { type: integer, minimum: 0, maximum: 511, description: File mode bits (decimal, e.g. 420 = 0644). }
            items: { $ref: '#/definitions/items' }
      secret:
        type: array
        minItems: 1
        description: >-
          Secrets (named \`name\`) mounted as files. Values given in stringData end up in the
          generated branch in clear text: for real secrets use mountOnly with an existing Secret.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: Secret name. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Mount a single key as a file. }
            readOnly: { type: boolean, default: true, description: Mount read-only. }
            mountOnly: { type: boolean, default: false, description: Do not create the Secret; it already exists. }
            stringData: { type: object, additionalProperties: { type: string }, default: {}, description: Content of the created Secret (key -> text). }
            defaultMode: { type: integer, minimum: 0, maximum: 511, description: File mode bits (decimal, e.g. 256 = 0400). }
            items: { $ref: '#/definitions/items' }
      emptyDir:
        type: array
        minItems: 1
        description: Scratch volumes that live as long as the pod.
        items:
          type: object
          additionalProperties: false
          required: [name, mountPath]
          properties:
            name: { $ref: '#/definitions/name', description: Volume name suffix. }
            mountPath: { type: string, minLength: 1, description: Mount path in the container. }
            subPath: { type: string, description: Sub-path of the volume. }
            medium: { enum: ['', Memory], default: '', description: '"" (node disk) or Memory (tmpfs).' }
            sizeLimit: { type: string, description: Size limit, e.g. 1Gi. }
    definitions:
      name:
        type: string
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
        maxLength: 53
      items:
        type: array
        description: Keys to project, each {key, path, mode?} (default all keys).
        items:
          type: object
          additionalProperties: false
          required: [key, path]
          properties:
            key: { type: string }
            path: { type: string }
            mode: { type: integer, minimum: 0, maximum: 511 }
  patch: |
    podSpec:
      volumes:
    {{#each properties.pvc}}
        - name: {{json (concat "pvc-" this.name)}}
          persistentVolumeClaim:
            claimName: {{json this.name}}
    {{#if this.readOnly}}
            readOnly: true
    {{/if}}
    {{/each}}
    {{#each properties.configMap}}
        - name: {{json (concat "configmap-" this.name)}}
          configMap: {{json (dict "name" this.name "defaultMode" this.defaultMode "items" this.items)}}
    {{/each}}
    {{#each properties.secret}}
        - name: {{json (concat "secret-" this.name)}}
          secret: {{json (dict "secretName" this.name "defaultMode" this.defaultMode "items" this.items)}}
    {{/each}}
    {{#each properties.emptyDir}}
        - name: {{json (concat "emptydir-" this.name)}}
          emptyDir: {{json (dict "medium" this.medium "sizeLimit" this.sizeLimit)}}
    {{/each}}
    container:
      volumeMounts:
    {{#each properties.pvc}}
        - {{json (dict "name" (concat "pvc-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
    {{/each}}
    {{#each properties.configMap}}
        - {{json (dict "name" (concat "configmap-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
    {{/each}}
    {{#each properties.secret}}
        - {{json (dict "name" (concat "secret-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
    {{/each}}
    {{#each properties.emptyDir}}
        - {{json (dict "name" (concat "emptydir-" this.name) "mountPath" this.mountPath "subPath" this.subPath)}}
    {{/each}}
  outputs: |
    {{#each properties.pvc}}
    {{#unless this.mountOnly}}
    ---
    apiVersion: v1
    kind: PersistentVolumeClaim
    metadata:
      name: {{json this.name}}
      namespace: {{json ../context.workload.namespace}}
      labels: {{json ../context.labels.object}}
    spec:
      accessModes: {{json this.accessModes}}
      volumeMode: {{json this.volumeMode}}
    {{#if this.storageClassName}}
      storageClassName: {{json this.storageClassName}}
    {{/if}}
      resources:
        requests:
          storage: {{json this.size}}
    {{/unless}}
    {{/each}}
    {{#each properties.configMap}}
    {{#unless this.mountOnly}}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{json this.name}}
      namespace: {{json ../context.workload.namespace}}
      labels: {{json ../context.labels.object}}
    data: {{json this.data}}
    {{/unless}}
    {{/each}}
    {{#each properties.secret}}
    {{#unless this.mountOnly}}
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{json this.name}}
      namespace: {{json ../context.workload.namespace}}
      labels: {{json ../context.labels.object}}
    type: Opaque
    stringData: {{json this.stringData}}
    {{/unless}}
    {{/each}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"storage"},spec:{version:"1.0.0",description:"Volumes for the pods of the component, mounted into the main container: PersistentVolumeClaims, ConfigMaps, Secrets and emptyDirs. The PVC, ConfigMap and Secret objects are created too, unless mountOnly (then they must exist). Volume names are pvc-<name>, configmap-<name>, secret-<name>, emptydir-<name>.",schema:{type:"object",additionalProperties:!1,minProperties:1,properties:{pvc:{type:"array",minItems:1,description:"PersistentVolumeClaims (named `name`) mounted at mountPath.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"Claim name."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Sub-path of the volume to mount."},readOnly:{type:"boolean",default:!1,description:"Mount read-only."},mountOnly:{type:"boolean",default:!1,description:"Do not create the claim; it already exists."},size:{type:"string",default:"8Gi",description:"Requested storage","e.g. 10Gi.":null},storageClassName:{type:"string",description:"StorageClass (default the cluster's default class)."},accessModes:{type:"array",minItems:1,default:["ReadWriteOnce"],items:{enum:["ReadWriteOnce","ReadOnlyMany","ReadWriteMany","ReadWriteOncePod"]},description:"Access modes."},volumeMode:{enum:["Filesystem","Block"],default:"Filesystem",description:"Filesystem or raw block device."}}}},configMap:{type:"array",minItems:1,description:"ConfigMaps (named `name`) mounted as files.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"ConfigMap name."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Mount a single key as a file."},readOnly:{type:"boolean",default:!0,description:"Mount read-only."},mountOnly:{type:"boolean",default:!1,description:"Do not create the ConfigMap; it already exists."},data:{type:"object",additionalProperties:{type:"string"},default:{},description:"Content of the created ConfigMap (key -> text)."},defaultMode:{type:"integer",minimum:0,maximum:511,description:"File mode bits (decimal","e.g. 420 = 0644).":null},items:{$ref:"#/definitions/items"}}}},secret:{type:"array",minItems:1,description:"Secrets (named `name`) mounted as files. Values given in stringData end up in the generated branch in clear text: for real secrets use mountOnly with an existing Secret.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"Secret name."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Mount a single key as a file."},readOnly:{type:"boolean",default:!0,description:"Mount read-only."},mountOnly:{type:"boolean",default:!1,description:"Do not create the Secret; it already exists."},stringData:{type:"object",additionalProperties:{type:"string"},default:{},description:"Content of the created Secret (key -> text)."},defaultMode:{type:"integer",minimum:0,maximum:511,description:"File mode bits (decimal","e.g. 256 = 0400).":null},items:{$ref:"#/definitions/items"}}}},emptyDir:{type:"array",minItems:1,description:"Scratch volumes that live as long as the pod.",items:{type:"object",additionalProperties:!1,required:["name","mountPath"],properties:{name:{$ref:"#/definitions/name",description:"Volume name suffix."},mountPath:{type:"string",minLength:1,description:"Mount path in the container."},subPath:{type:"string",description:"Sub-path of the volume."},medium:{enum:["","Memory"],default:"",description:'"" (node disk) or Memory (tmpfs).'},sizeLimit:{type:"string",description:"Size limit","e.g. 1Gi.":null}}}}},definitions:{name:{type:"string",pattern:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",maxLength:53},items:{type:"array",description:"Keys to project, each {key, path, mode?} (default all keys).",items:{type:"object",additionalProperties:!1,required:["key","path"],properties:{key:{type:"string"},path:{type:"string"},mode:{type:"integer",minimum:0,maximum:511}}}}}},patch:`podSpec:
  volumes:
{{#each properties.pvc}}
    - name: {{json (concat "pvc-" this.name)}}
      persistentVolumeClaim:
        claimName: {{json this.name}}
{{#if this.readOnly}}
        readOnly: true
{{/if}}
{{/each}}
{{#each properties.configMap}}
    - name: {{json (concat "configmap-" this.name)}}
      configMap: {{json (dict "name" this.name "defaultMode" this.defaultMode "items" this.items)}}
{{/each}}
{{#each properties.secret}}
    - name: {{json (concat "secret-" this.name)}}
      secret: {{json (dict "secretName" this.name "defaultMode" this.defaultMode "items" this.items)}}
{{/each}}
{{#each properties.emptyDir}}
    - name: {{json (concat "emptydir-" this.name)}}
      emptyDir: {{json (dict "medium" this.medium "sizeLimit" this.sizeLimit)}}
{{/each}}
container:
  volumeMounts:
{{#each properties.pvc}}
    - {{json (dict "name" (concat "pvc-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
{{/each}}
{{#each properties.configMap}}
    - {{json (dict "name" (concat "configmap-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
{{/each}}
{{#each properties.secret}}
    - {{json (dict "name" (concat "secret-" this.name) "mountPath" this.mountPath "subPath" this.subPath "readOnly" this.readOnly)}}
{{/each}}
{{#each properties.emptyDir}}
    - {{json (dict "name" (concat "emptydir-" this.name) "mountPath" this.mountPath "subPath" this.subPath)}}
{{/each}}
`,outputs:`{{#each properties.pvc}}
{{#unless this.mountOnly}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{json this.name}}
  namespace: {{json ../context.workload.namespace}}
  labels: {{json ../context.labels.object}}
spec:
  accessModes: {{json this.accessModes}}
  volumeMode: {{json this.volumeMode}}
{{#if this.storageClassName}}
  storageClassName: {{json this.storageClassName}}
{{/if}}
  resources:
    requests:
      storage: {{json this.size}}
{{/unless}}
{{/each}}
{{#each properties.configMap}}
{{#unless this.mountOnly}}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{json this.name}}
  namespace: {{json ../context.workload.namespace}}
  labels: {{json ../context.labels.object}}
data: {{json this.data}}
{{/unless}}
{{/each}}
{{#each properties.secret}}
{{#unless this.mountOnly}}
---
apiVersion: v1
kind: Secret
metadata:
  name: {{json this.name}}
  namespace: {{json ../context.workload.namespace}}
  labels: {{json ../context.labels.object}}
type: Opaque
stringData: {{json this.stringData}}
{{/unless}}
{{/each}}
`}},origins:{patch:[107,5],outputs:[144,5]},hash:"e4f9b256ed4dd2975027442b8355c89b93e4e2905271b1c00b1b188bad43764e"}]},{path:"templates/traits/topologyspreadconstraints.yaml",text:`# Mirrors KubeVela's topologyspreadconstraints trait
# (vela-templates/definitions/internal/trait/topologyspreadconstraints.cue); the list replaces the pod's.
apiVersion: hubcast.io/v1alpha1
kind: TraitDefinition
metadata:
  name: topologyspreadconstraints
spec:
  version: 1.0.0
  description: Topology spread constraints of the component's pods (the list replaces the pod's).
  schema:
    type: object
    additionalProperties: false
    required: [constraints]
    properties:
      constraints:
        type: array
        minItems: 1
        description: Constraints, each {maxSkew, topologyKey, whenUnsatisfiable, labelSelector, minDomains, matchLabelKeys, nodeAffinityPolicy, nodeTaintsPolicy}.
        items:
          type: object
          additionalProperties: false
          required: [maxSkew, topologyKey, labelSelector]
          properties:
            maxSkew: { type: integer, minimum: 1 }
            topologyKey: { type: string, minLength: 1 }
            whenUnsatisfiable: { enum: [DoNotSchedule, ScheduleAnyway], default: DoNotSchedule }
            labelSelector:
              type: object
              additionalProperties: false
              properties:
                matchLabels: { type: object, additionalProperties: { type: string } }
                matchExpressions:
                  type: array
                  items:
                    type: object
                    additionalProperties: false
                    required: [key]
                    properties:
                      key: { type: string }
                      operator: { enum: [In, NotIn, Exists, DoesNotExist], default: In }
                      values: { type: array, items: { type: string } }
            minDomains: { type: integer, minimum: 1 }
            matchLabelKeys: { type: array, items: { type: string } }
            nodeAffinityPolicy: { enum: [Honor, Ignore] }
            nodeTaintsPolicy: { enum: [Honor, Ignore] }
  patch: |
    podSpec:
      topologySpreadConstraints: {{json properties.constraints}}
`,documents:[{body:{apiVersion:"hubcast.io/v1alpha1",kind:"TraitDefinition",metadata:{name:"topologyspreadconstraints"},spec:{version:"1.0.0",description:"Topology spread constraints of the component's pods (the list replaces the pod's).",schema:{type:"object",additionalProperties:!1,required:["constraints"],properties:{constraints:{type:"array",minItems:1,description:"Constraints, each {maxSkew, topologyKey, whenUnsatisfiable, labelSelector, minDomains, matchLabelKeys, nodeAffinityPolicy, nodeTaintsPolicy}.",items:{type:"object",additionalProperties:!1,required:["maxSkew","topologyKey","labelSelector"],properties:{maxSkew:{type:"integer",minimum:1},topologyKey:{type:"string",minLength:1},whenUnsatisfiable:{enum:["DoNotSchedule","ScheduleAnyway"],default:"DoNotSchedule"},labelSelector:{type:"object",additionalProperties:!1,properties:{matchLabels:{type:"object",additionalProperties:{type:"string"}},matchExpressions:{type:"array",items:{type:"object",additionalProperties:!1,required:["key"],properties:{key:{type:"string"},operator:{enum:["In","NotIn","Exists","DoesNotExist"],default:"In"},values:{type:"array",items:{type:"string"}}}}}}},minDomains:{type:"integer",minimum:1},matchLabelKeys:{type:"array",items:{type:"string"}},nodeAffinityPolicy:{enum:["Honor","Ignore"]},nodeTaintsPolicy:{enum:["Honor","Ignore"]}}}}}},patch:`podSpec:
  topologySpreadConstraints: {{json properties.constraints}}
`}},origins:{patch:[47,5]},hash:"00a5c18003d7c7d3eeea699380ba12085b174ff84af1b12849511f4ea9dec464"}]}];function Le(n,e){let t=[],i=o=>{for(let r of ke(o).sort(y)){let s=Se(o,r);if(xe(s).isDirectory())i(s);else if(/\.ya?ml$/.test(r)){let p=qe(n,s).split(pe).join("/");t.push({path:Ne.join(e,p),text:Me(s,"utf8")})}}};return i(n),t.sort((o,r)=>y(o.path,r.path))}function ce(n="mural-system",e={}){if(e.dir!==void 0)return ae(n,e);let t=se.get(n);return t||se.set(n,t=ae(n,e)),{definitions:[...t.definitions],diagnostics:[...t.diagnostics]}}var se=new Map;function ae(n,e){let t=[],i=[],o=e.dir===void 0;if(!o&&!je(e.dir))return{definitions:t,diagnostics:[h("definitions-dir",`definition directory ${e.dir} does not exist`)]};let r=e.displayPrefix??(o?"templates":e.dir.split(pe).join("/")),s=o?D:Le(e.dir,r),p=o?new Map(D.map(a=>[a.path,a])):void 0;for(let a of s){let m=p?.get(a.path),u=m?Te(a,m):N(a);i.push(...u.diagnostics);for(let l of u.documents){let{apiVersion:c,kind:d}=l.body;if(c!==q||typeof d!="string"||!w.includes(d)){i.push(h("not-a-definition",`expected a definition (${q} ${w.join(" | ")})`,l.pos(["kind"])));continue}let f=l.body.metadata??{},b=typeof f.namespace=="string"?f.namespace:n,P=z(l,d,b,typeof f.name=="string"?f.name:""),v=m?.documents[l.docIndex],{definition:g,diagnostics:j}=J(P,n,{text:a.text,lazyTemplates:e.dir===void 0,origins:v?.origins,checked:v&&{hash:v.hash}});i.push(...j),g&&t.push(g)}}return t.sort((a,m)=>y(a.kind,m.kind)||y(a.name,m.name)||me.default.compare(a.version,m.version)),{definitions:t,diagnostics:i}}function Te(n,e){let t;return{documents:e.documents.map((o,r)=>({file:n.path,docIndex:r,body:structuredClone(o.body),pos:s=>(t??=N(n).documents)[r].pos(s)})),diagnostics:[]}}import{resolve as le}from"node:path";var we=".hubcast-cache";function C(n,e,t){let i=n.extra.sources??{};return{cacheDir:t?le(t):le(e,typeof i.cacheDir=="string"?i.cacheDir:we),ttlSeconds:typeof i.ttlSeconds=="number"?i.ttlSeconds:_,timeoutMs:(typeof i.timeoutSeconds=="number"?i.timeoutSeconds:30)*1e3,concurrency:typeof i.concurrency=="number"?i.concurrency:4,offline:i.offline===!0}}async function de(n,e,t,i){let o=n.sources.requests;if(o.length===0)return{resolutions:new Map,diagnostics:[]};let r=C(n.input.config,e,t.cacheDir),[{fsSourceCache:s},{networkFetcher:p}]=await Promise.all([import("./source-cache-EYOQUDVR.mjs"),import("./source-fetcher-CAVHB2ZJ.mjs")]);return Y(o,{fetcher:t.offline||r.offline?void 0:p({timeoutMs:r.timeoutMs,env:t.env??process.env}),cache:s(r.cacheDir),policy:{offline:!!t.offline||r.offline,ttlSeconds:r.ttlSeconds,now:t.now??new Date},concurrency:r.concurrency,locked:i})}var De=n=>`worktree:${n}`,V=class{constructor(e,t,i=new x(t)){this.texts=e;this.digester=i}texts;digester;blobDigests=new Map;files=new Map;locations=new Map;objects=new Map;head;commitCount=0;apply(e){this.applyChanges(e.changes,{commit:e.sha,time:e.time}),this.head=e.sha,this.commitCount++}applyWorktree(e){let t=[],i=new Set;for(let o of e){i.add(o.path);let r=this.files.get(o.path);if(r!==void 0&&this.texts.get(r)===o.text)continue;let s=De(o.path);this.texts.set(s,o.text),t.push({path:o.path,blob:s})}for(let o of this.files.keys())i.has(o)||t.push({path:o});this.applyChanges(t,{uncommitted:!0})}result(){let e=this.texts;return{objects:this.objects,head:this.head,commitCount:this.commitCount,text:t=>e.get(t)}}applyChanges(e,t){let i=new Set;for(let{path:o,blob:r}of e){let s=this.files.get(o);if(s!==void 0){for(let p of this.digestsOf(s))this.locations.get(p.key)?.delete(o),i.add(p.key);this.files.delete(o)}if(r!==void 0){this.files.set(o,r);for(let p of this.digestsOf(r,s)){let a=this.locations.get(p.key);a||this.locations.set(p.key,a=new Set),a.add(o),i.add(p.key)}}}for(let o of i)this.update(o,t)}update(e,t){let i=this.locations.get(e),o=this.objects.get(e);if(!i||i.size===0){o&&(o.alive=!1);return}let r=i.size===1?i.values().next().value:[...i].sort(y)[0],s=this.files.get(r),p=this.digestsOf(s).find(l=>l.key===e),a=o??{key:e,id:p.id,revisions:[],alive:!0};o||this.objects.set(e,a),a.alive=!0;let m=a.revisions[a.revisions.length-1];if(m&&m.hash===p.hash)return;let u={number:a.revisions.length+1,hash:p.hash,path:r,blob:s};p.version&&(u.version=p.version),t.commit&&(u.commit=t.commit),t.time!==void 0&&(u.time=t.time),t.uncommitted&&(u.uncommitted=!0),a.revisions.push(u)}digestsOf(e,t){let i=this.blobDigests.get(e);if(!i){let o=t===void 0?void 0:this.blobDigests.get(t);i=this.digester.fileVersion(this.texts.get(e)??"",o),this.blobDigests.set(e,i)}return i.objects}};function ue(n,e,t,i,o){let r=new V(e,t,o);for(let s of n)r.apply(s);return i&&r.applyWorktree(i),r.result()}var Ce="each object's current content is its only revision (v1)",ft=()=>({texts:new Map,digesters:new Map});function he(n,e,t,i,o,r){let s=re(n,{accept:F(e,t),rev:o,knownTexts:r?.texts});if(s.kind==="none")return{diagnostics:[M("no-history",`${s.reason}: ${Ce}`)]};if(s.kind==="failed")return{diagnostics:[h("no-history",`could not read the git history: ${s.message}`,void 0,"fix the repository, or pass --no-history to use each object's current content as its only revision")]};let{head:p,shallow:a,commits:m,texts:u}=s.history,l=r?.digesters.get(e.systemNamespace);r&&!l&&r.digesters.set(e.systemNamespace,l=new x(e.systemNamespace));let c=ue(m,u,e.systemNamespace,i,l),d=[];return a&&d.push(A("shallow-history",`this is a shallow clone: revisions are read from ${$(m.length,"commit")} only, so basic revision numbers cannot be counted and old versions may be missing`,void 0,"fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)")),{history:{index:c,truncated:a},sourceCommit:p,diagnostics:d}}import{existsSync as Ve,readFileSync as Re}from"node:fs";import{join as Ae,resolve as $e}from"node:path";var Ie="out/rendered";function fe(n,e){return $e(n??Ae(e??Ie,I))}function ye(n){if(!Ve(n))return{diagnostic:h("lock-missing",`--locked: there is no lock file at ${n}`,void 0,"render once without --locked, or pass --lock-file PATH")};let e;try{e=Re(n,"utf8")}catch(i){return{diagnostic:h("lock-invalid",`--locked: cannot read ${n}: ${i.message}`)}}let t=E(e);return"problem"in t?{diagnostic:h("lock-invalid",`--locked: ${n} is not a usable hubcast lock: ${t.problem}`,{file:n,line:1,column:1},"delete it and render without --locked to write a new one (or restore it from git), or pass --lock-file PATH to a good lock")}:t.lock.references?{lock:t.lock}:{lock:t.lock,diagnostic:h("lock-outdated",`--locked: ${n} records no spec references (the Environment, WorkloadProfile, ProfileBundle and definition revisions each reference resolved to): it was written by an older hubcast${t.lock.hubcastVersion?` (${String(t.lock.hubcastVersion)})`:""}`,{file:n,line:1,column:1},"render once without --locked to record them in the lock, then commit the new lock")}}async function $t(n){let e=R(n.repo);if(!Fe(e)||!He(e).isDirectory())return ge([h("repo-not-found",`repository folder ${n.repo} does not exist`,void 0,"pass --repo DIR pointing at your spec repository")]);let t=[],i=await Ge({dir:e,configFile:()=>O(e),renderRoots:()=>t=G(e),files:(r,s)=>L(e,r,s,new Set(t))},n);if(n.specsOptional||Oe(i)!==0)return i;let o=h("no-specs",`no specs found in ${n.repo}: no file holds a spectrocloud.com/v1beta1 object`,void 0,"point --repo (the Action: the repo input) at the folder of your spec YAML files; to remove everything hubcast delivered, delete the generated branch");return{...i,ok:!1,diagnostics:S([...i.diagnostics,o])}}function Oe(n){if(!(!n.repo||k(n.diagnostics)))return Object.values(n.repo.specs).reduce((e,t)=>e+t.length,0)}async function Ge(n,e){let{config:t,diagnostics:i}=K(n.configFile());if(k(i))return ge(i);let o=C(t,n.dir,e.cacheDir).cacheDir,r=n.renderRoots?.()??[],s=[...T(n.dir,e.out),...T(n.dir,o),...r.map(H)],p=n.files(t,s);e.history!==!1&&e.onStage?.("history");let a=e.history===!1?{diagnostics:[]}:he(n.dir,t,s,p,n.rev,e.historyCache);e.inventory&&p.push(...We(n.dir,e.inventory,t,p));let m=ce(t.systemNamespace),u=r.map(be=>M("render-skipped",`${be}/ holds a hubcast render (${U}, or a lock beside a kustomization.yaml); its files are not read as specs`)),l=[...i,...u,...a.diagnostics,...m.diagnostics],c=e.now instanceof Date?e.now.getTime():e.now,d=e.locked?ye(fe(e.lockFile,e.out)):void 0,f=X({files:p,config:t,stockDefinitions:m.definitions,layout:e.layout,emit:e.emit,now:c,requireReady:e.requireReady,history:a.history,sourceCommit:e.sourceCommit??a.sourceCommit,lockedReferences:d?.lock?.references,onStage:e.onStage,memo:e.memo,into:k(l)?void 0:e.into});Q(f)&&await W();let b=ee(f);await Promise.all([B(te(b)),ne(b)?Z():void 0]);let P=ie(b);P.sources.requests.length&&e.onStage?.("sources");let v={...e,now:c===void 0?void 0:new Date(c)},g=d&&!d.lock?{resolutions:new Map,diagnostics:[]}:await de(P,n.dir,v,d&&(d.lock?.sources??{}));d?.diagnostic&&g.diagnostics.push(d.diagnostic);let j=oe(P,g.resolutions,g.diagnostics);return{...j,diagnostics:S([...l,...j.diagnostics]),ok:j.ok&&!k(l)}}function We(n,e,t,i){let o=R(e),r=L(o,{...t,include:["**/*.yaml","**/*.yml","**/*.json"],exclude:[]}),s=new Set(i.map(c=>c.fileId).filter(Boolean)),p=new Set(i.map(c=>c.path)),a=c=>{try{return Ue(c)}catch{return R(c)}},m=ze(a(n),a(o)).split(Ke).join("/"),u=!m.startsWith("..")&&!Ee(m),l=[];for(let c of r){let d=u?m?`${m}/${c.path}`:c.path:void 0;s.has(c.fileId)||d&&p.has(d)||l.push({path:d??`${e.replace(/\/$/,"")}/${c.path}`,text:c.text})}return l}function ge(n){return{diagnostics:n,ok:!1,layout:"replicaset"}}export{ft as a,$t as b,Oe as c,Ge as d};
//# sourceMappingURL=chunk-ABO3R74E.mjs.map
