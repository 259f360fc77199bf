import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{b as cn,c as J,d as We}from"./chunk-M5K5KOEW.mjs";import{$ as Gt,Aa as pn,B as Rt,C as wt,D as Dt,E as Fe,F as Nt,G as $t,H as Tt,I as Lt,J as Ct,K as Y,L as qt,M as Vt,N as Ot,O as Ke,P as It,Q as At,R as Et,S as zt,T as He,U as Ft,V as Kt,W as Ht,X as ve,Y as re,Z as Pe,_ as Ut,aa as Jt,b as yt,ba as Wt,ca as se,d as gt,da as _t,e as bt,ea as X,fa as Bt,ga as Ue,ha as Zt,i as ye,ia as Yt,j as vt,ja as Ge,k as oe,ka as Xt,l as Pt,la as Qt,m as jt,ma as en,na as Q,o as B,oa as Je,p as z,pa as tn,q as ge,qa as nn,r as kt,ra as ae,s as St,sa as on,t as xt,ta as rn,ua as sn,v as Mt,wa as an,x as Z,ya as pe,z as be,za as je}from"./chunk-7DNQFTG2.mjs";import{a as P,b as D,c as q,e as T,f as ie,h as x,i as V,j as Ei}from"./chunk-2LFQ2DZB.mjs";import{d as he}from"./chunk-SWNFK4JW.mjs";import{isAbsolute as Dr,relative as Nr,resolve as ht,sep as $r}from"node:path";import{existsSync as Tr,realpathSync as Lr,statSync as Cr}from"node:fs";import{existsSync as Ui,readdirSync as un,readFileSync as Gi,statSync as fn}from"node:fs";import{join as ke,relative as hn,resolve as dn,sep as yn}from"node:path";import{isUtf8 as zi}from"node:buffer";function mn(t){let e=t.toString("utf8");if(zi(t))return{text:e};let i=Fi(t),n=t.lastIndexOf(10,i-1)+1,o=1;for(let r=t.indexOf(10);r>=0&&r<i;r=t.indexOf(10,r+1))o++;let s=t.subarray(n,i).toString("utf8").length+1;return{text:e,invalidAt:{line:o,column:s,byte:i}}}function Fi(t){let e=0;for(;e<t.length;){let i=t[e];if(i<128){e++;continue}let n,o=128,s=191;if(i>=194&&i<=223)n=1;else if(i>=224&&i<=239)n=2,i===224&&(o=160),i===237&&(s=159);else if(i>=240&&i<=244)n=3,i===240&&(o=144),i===244&&(s=143);else return e;for(let r=1;r<=n;r++){let a=t[e+r];if(a===void 0||a<(r===1?o:128)||a>(r===1?s:191))return e}e+=n+1}return t.length}var _e=".hubcast-render",Ki="hubcast.lock.json",Hi="kustomization.yaml";function Be(t){return t.has(_e)||t.has(Ki)&&t.has(Hi)}function Er(t){let e=new Map;for(let n of t){let o=n.lastIndexOf("/");if(o<0)continue;let s=n.slice(0,o),r=e.get(s);r||e.set(s,r=new Set),r.add(n.slice(o+1))}let i=[...e].filter(([,n])=>Be(n)).map(([n])=>n).sort();return i.filter(n=>!i.some(o=>o!==n&&n.startsWith(`${o}/`)))}var ln=t=>`${t}/**`;var gn=new Set([".git","node_modules"]);function bn(t){let e=ke(t,He);return Ui(e)?vn(e,He):void 0}function vn(t,e){let{text:i,invalidAt:n}=mn(Gi(t));return n?{path:e,text:i,invalidUtf8:n}:{path:e,text:i}}function Ze(t,e,i=[],n=new Set){let o=Pe(e,i),s=[],r=a=>{for(let p of un(a).sort(x)){if(gn.has(p))continue;let c=ke(a,p),m=fn(c),l=hn(t,c).split(yn).join("/");m.isDirectory()?n.has(l)||r(c):m.isFile()&&o(l)&&s.push({...vn(c,l),fileId:`${m.dev}:${m.ino}`})}};return r(t),s}function Pn(t){let e=[],i=(n,o)=>{let s=un(n,{withFileTypes:!0});if(o&&Be(new Set(s.map(r=>r.name)))){e.push(o);return}for(let r of s.sort((a,p)=>x(a.name,p.name))){if(gn.has(r.name))continue;(r.isDirectory()||r.isSymbolicLink()&&fn(ke(n,r.name),{throwIfNoEntry:!1})?.isDirectory())&&i(ke(n,r.name),o?`${o}/${r.name}`:r.name)}};return i(t,""),e}function Ye(t,e){if(!e)return[];let i=hn(dn(t),dn(e)).split(yn).join("/");return i&&!i.startsWith("..")?[`${i}/**`]:[]}import{existsSync as Ji,readdirSync as Wi,readFileSync as _i,statSync as Bi}from"node:fs";import{join as Zi,posix as Yi,relative as Xi,sep as Sn}from"node:path";var xn=he(Ke(),1);var Xe=[{path:"templates/components/cron-task.yaml",text:`apiVersion: hubcast.io/v1alpha1
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
`}},origins:{patch:[47,5]},hash:"00a5c18003d7c7d3eeea699380ba12085b174ff84af1b12849511f4ea9dec464"}]}];function Qi(t,e){let i=[],n=o=>{for(let s of Wi(o).sort(x)){let r=Zi(o,s);if(Bi(r).isDirectory())n(r);else if(/\.ya?ml$/.test(s)){let a=Xi(t,r).split(Sn).join("/");i.push({path:Yi.join(e,a),text:_i(r,"utf8")})}}};return n(t),i.sort((o,s)=>x(o.path,s.path))}function Mn(t="mural-system",e={}){if(e.dir!==void 0)return kn(t,e);let i=jn.get(t);return i||jn.set(t,i=kn(t,e)),{definitions:[...i.definitions],diagnostics:[...i.diagnostics]}}var jn=new Map;function kn(t,e){let i=[],n=[],o=e.dir===void 0;if(!o&&!Ji(e.dir))return{definitions:i,diagnostics:[P("definitions-dir",`definition directory ${e.dir} does not exist`)]};let s=e.displayPrefix??(o?"templates":e.dir.split(Sn).join("/")),r=o?Xe:Qi(e.dir,s),a=o?new Map(Xe.map(p=>[p.path,p])):void 0;for(let p of r){let c=a?.get(p.path),m=c?eo(p,c):Y(p);n.push(...m.diagnostics);for(let l of m.documents){let{apiVersion:u,kind:d}=l.body;if(u!==re||typeof d!="string"||!se.includes(d)){n.push(P("not-a-definition",`expected a definition (${re} ${se.join(" | ")})`,l.pos(["kind"])));continue}let f=l.body.metadata??{},y=typeof f.namespace=="string"?f.namespace:t,h=qt(l,d,y,typeof f.name=="string"?f.name:""),g=c?.documents[l.docIndex],{definition:v,diagnostics:b}=X(h,t,{text:p.text,lazyTemplates:e.dir===void 0,origins:g?.origins,checked:g&&{hash:g.hash}});n.push(...b),v&&i.push(v)}}return i.sort((p,c)=>x(p.kind,c.kind)||x(p.name,c.name)||xn.default.compare(p.version,c.version)),{definitions:i,diagnostics:n}}function eo(t,e){let i;return{documents:e.documents.map((o,s)=>({file:t.path,docIndex:s,body:structuredClone(o.body),pos:r=>(i??=Y(t).documents)[s].pos(r)})),diagnostics:[]}}var F=he(Ke(),1);var W=he(Ke(),1);import{hash as to}from"node:crypto";function Rn(t){let e=new Map;for(let i of t){let n={number:1,hash:ce(i.body),current:!0,object:i},o=ee(i.body);o&&(n.version=o),e.set(`${i.id.kind}/${i.id.namespace}/${i.id.name}`,[n])}return{revisions:i=>e.get(`${i.kind}/${i.namespace}/${i.name}`)??[]}}function ee(t){let e=t.spec,i=typeof e?.version=="string"?e.version.replace(/^v/,""):void 0;return i&&no(i)?i:void 0}var Se=new Map;function no(t){let e=Se.get(t);return e===void 0&&(Se.size>1e4&&Se.clear(),Se.set(t,e=W.default.valid(t)!==null)),e}function ce(t){let e=t.metadata??{},i={apiVersion:t.apiVersion??null,kind:t.kind??null,metadata:{name:e.name??null,namespace:e.namespace??null,labels:e.labels??null,annotations:e.annotations??null},spec:t.spec??null};return to("sha256",Qe(i),"hex")}function Qe(t){if(t===null||typeof t!="object")return JSON.stringify(t)??"null";if(Array.isArray(t)){let n="[";for(let o=0;o<t.length;o++)o>0&&(n+=","),o in t&&(n+=Qe(t[o]));return`${n}]`}let e=Object.keys(t).sort(),i="{";for(let n=0;n<e.length;n++)n>0&&(i+=","),i+=`${JSON.stringify(e[n])}:${Qe(t[e[n]])}`;return`${i}}`}function xe(t){let e=t.indexOf("@");return e<0?{name:t}:{name:t.slice(0,e),pin:t.slice(e+1)}}function wn(t,e,i){let n=et(t);if(t.length===0)return{available:n};if(e===void 0)return{revision:t.find(u=>u.current),by:"current",available:n};let o=t.filter(u=>u.version),s=i==="semantic"&&o.length>0,r=/^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(e);if(!r)return{available:n};let[,a,p,c,m]=r;if(p===void 0&&!s)return e.startsWith("v")?{revision:t.find(u=>u.number===Number(a)),by:"basic",available:n}:{available:n};if(o.length===0)return{available:n};if(c!==void 0){let u=e.replace(/^v/,""),d=o.filter(f=>W.default.eq(f.version,u));return{revision:d[d.length-1],by:"semantic",available:n}}if(m)return{available:n};let l=p===void 0?`${a}.x`:`${a}.${p}.x`;return{revision:io(o,l),by:"semantic",available:n}}function Me(t,e){return e.version?t.filter(i=>i!==e&&i.version&&i.hash!==e.hash&&W.default.eq(i.version,e.version)):[]}function io(t,e){let i;for(let n of t)W.default.satisfies(n.version,e)&&(!i||W.default.compare(n.version,i.version)>=0)&&(i=n);return i}function et(t){if(t.length===0)return"no revisions";let e=t.length===1?"v1":`v1..v${t[t.length-1].number}`,i=[...new Set(t.map(n=>n.version).filter(n=>!!n))].sort(W.default.compare);return i.length?`${e}; semantic versions ${i.join(", ")}`:e}function Dn(t,e,i,n,o,s){let{name:r,pin:a}=xe(i),p=[n,...n===t.systemNamespace?[]:[t.systemNamespace]],c=p.map(b=>({ns:b,revs:t.revisions.revisions({kind:e,namespace:b,name:r})})).filter(b=>b.revs.length>0),m=c.find(b=>b.revs.some(k=>k.current))??c.find(b=>!t.isInvalid(e,b.ns,r));if(!m||a===void 0&&!m.revs.some(b=>b.current)){if(p.some(b=>t.isInvalid(e,b,r)))return;if(m){s.push(P("deleted-reference",`${e} ${m.ns}/${r} no longer exists`,o,`restore it, or pin one of its revisions from history: ${r} has ${et(m.revs)}`));return}oo(t,e,r,p,o,s);return}let{ns:l,revs:u}=m,d={kind:e,namespace:l,name:r},{revision:f,by:y,available:h}=wn(u,a,t.versioning);if(!f){s.push(P("unknown-revision",`${e} ${l}/${r} has no revision "${a}"`,o,`${r} has ${h}`));return}if(y==="basic"&&t.revisions.truncated){s.push(P("shallow-history",`${e} ${l}/${r}@${a} names a basic revision, but this clone has only part of the history, so revisions cannot be counted`,o,"fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)"));return}if(!f.current){let{problems:b,valid:k}=t.check(e,f);if(s.push(...b),!k){s.push(P("invalid-revision",`${e} ${l}/${r}@${a} is revision v${f.number}${f.commit?` of commit ${f.commit.slice(0,7)}`:""}, which is not valid today`,o,`see the errors at ${f.object.file}; pin another revision (${r} has ${h})`));return}}let g=y==="semantic"?Me(u,f):[];g.length&&s.push(tt(`${e} ${l}/${r}`,f.version,g,f,o));let v=l!==n;return v&&s.push(q("system-namespace-fallback",`${e} "${r}" not found in namespace ${n}; using ${l}/${r} from the system namespace`,o)),{ref:i,id:d,revision:f,fromSystemNamespace:v,at:o}}function tt(t,e,i,n,o){let s=r=>`v${r.number}${r.commit?` (commit ${r.commit.slice(0,7)})`:r.uncommitted?" (uncommitted)":""}`;return D("version-reused",`${t} version ${e} was committed with different contents: ${[...i,n].map(s).join(", ")}; using the later, v${n.number}`,o,"a version should name one content: bump spec.version whenever the object changes")}function oo(t,e,i,n,o,s){let r=[...new Set(n.flatMap(p=>t.names(e,p)))],a=V(i,r);s.push(P("unknown-reference",`${e} "${i}" not found in namespace ${n.join(" or ")}`,o,a?`did you mean "${a}"?`:r.length?`available: ${r.sort().join(", ")}`:`no ${e} exists in ${n.join(" or ")}`))}var Re=class{constructor(e,i,n){this.history=n;let o=new Map;for(let s of[...e,...i])o.set(`${s.kind}/${s.namespace}/${s.name}@${s.version}`,s);for(let s of o.values()){let r=`${s.kind}/${s.namespace}/${s.name}`,a=this.byKey.get(r)??[];a.push(s),this.byKey.set(r,a)}for(let s of this.byKey.values())s.sort((r,a)=>F.default.compare(r.version,a.version))}history;byKey=new Map;fromHistory=new Map;historicalRevision=new WeakMap;invalid=new Set;all(){return[...this.byKey.values()].flat().sort((e,i)=>x(e.kind,i.kind)||x(e.name,i.name)||F.default.compare(e.version,i.version))}versions(e,i,n){return this.byKey.get(`${e}/${i}/${n}`)??[]}resolve(e,i,n,o,s){let{name:r,pin:a}=xe(i),p=(l,u)=>{let d=this.historical({kind:e,namespace:l,name:r},u,a);if(d){if(s.push(...d.diagnostics),d.definition){let f=d.revision.commit?`as of commit ${d.revision.commit.slice(0,7)}`:"uncommitted";s.push(q("definition-from-history",`${e} ${r} ${d.definition.version} is no longer in the tree; using it ${f}`,o))}return d}};for(let l of n){let u=this.versions(e,l,r);if(u.length===0)continue;let d=ro(u,a);if(d)return this.checkReused(d,o,s),d;let f=p(l,u);if(f)return f.definition;s.push(P("unknown-definition-version",`${e} "${r}" has no version matching "${a}"`,o,`available versions: ${u.map(y=>y.version).join(", ")}`));return}for(let l of n){let u=p(l,[]);if(u)return u.definition}if(n.some(l=>this.invalid.has(`${e}/${l}/${r}`)))return;let c=[...new Set(n.flatMap(l=>[...this.byKey.keys()].filter(u=>u.startsWith(`${e}/${l}/`)).map(u=>u.split("/")[2])))],m=V(r,c);s.push(P("unknown-definition",`${e} "${r}" does not exist`,o,m?`did you mean "${m}"?`:`available: ${c.sort(x).join(", ")}`))}historical(e,i,n){let o=n?.replace(/^v/,"");if(!this.history?.revisions.definitionRevisions||!o||!F.default.valid(o)||i.some(c=>F.default.eq(c.version,o)))return;let s=this.history.revisions.definitionRevisions(e,F.default.valid(o)),r=s[s.length-1];if(!r)return;let{definition:a,diagnostics:p}=this.parsed(r);return{definition:a,revision:r,diagnostics:p}}parsed(e){let i=this.fromHistory.get(e);if(i)return{definition:i.definition,diagnostics:[]};let n=X(e.object,this.history.systemNamespace);return this.fromHistory.set(e,n),n.definition&&this.historicalRevision.set(n.definition,e),n}revisionOf(e){let i=this.historicalRevision.get(e);return i||this.history?.revisions.definitionRevisions?.(e.source.id,e.version).find(n=>n.current)}locked(e,i,n,o,s){let r=this.versions(e,i,n).find(p=>p.version===o&&p.hash===s);if(r)return{definition:r,diagnostics:[]};let a=this.history?.revisions.definitionRevisions?.({kind:e,namespace:i,name:n},o)??[];for(let p of[...a].reverse()){if(p.current)continue;let c=this.parsed(p);if(c.definition?.hash===s)return c}}checkReused(e,i,n){let o=this.history?.revisions.definitionRevisions?.(e.source.id,e.version)??[],s=o.find(a=>a.current),r=s?Me(o,s):[];r.length&&n.push(tt(`${e.kind} ${e.namespace}/${e.name}`,e.version,r,s,i))}};function ro(t,e){if(e===void 0)return t[t.length-1];let i=/^v?(\d+)(?:\.(\d+))?(?:\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?)?$/.exec(e);if(!i)return;let[,n,o,s]=i;if(s!==void 0)return t.find(p=>F.default.eq(p.version,e.replace(/^v/,"")));let r=o===void 0?`${n}.x`:`${n}.${o}.x`,a;for(let p of t)F.default.satisfies(p.version,r)&&(!a||F.default.gt(p.version,a.version))&&(a=p);return a}function Nn(t,e,i){return`${t}/${e}/${i}`}var $n="render without --locked to resolve it and record it in the lock",we=class{constructor(e){this.locked=e}locked;recorded=new Map;entries(){return Object.fromEntries([...this.recorded.keys()].sort(x).map(e=>[e,this.recorded.get(e)]))}ref(e,i,n,o,s,r){let a=Nn(i,o,n),p=[],c=Dn(e,i,n,o,s,p),m=this.locked?.[a];if(!this.locked||!m||c&&so(m,c)){if(r.push(...p),this.locked&&!m&&c){r.push(P("reference-not-locked",`${i} ${o}/${n} is not in the lock file`,s,$n));return}return c&&this.recorded.set(a,nt(c)),c}let l=e.revisions.revisions({kind:i,namespace:m.namespace,name:m.name}),u=l.find(y=>y.hash===m.hash&&y.number===m.revision)??[...l].reverse().find(y=>y.hash===m.hash),d=`${i} ${o}/${n}`;if(!u){r.push(...p.filter(y=>y.severity==="error"),Cn(d,m,s));return}if(!u.current&&!this.valid(e,i,u,d,m,s,r))return;let f={ref:n,id:{kind:i,namespace:m.namespace,name:m.name},revision:u,fromSystemNamespace:m.namespace!==o,at:s};return r.push(Ln(d,m,c?nt(c):void 0,p,s)),this.recorded.set(a,nt(f)),f}definition(e,i,n,o,s,r){let a=Nn(i,o[0],n),p=[],c=e.resolve(i,n,o,s,p),m=this.locked?.[a],l=f=>this.recorded.set(a,Tn(n,f,e.revisionOf(f)));if(!this.locked||!m||c&&ao(m,c)){if(r.push(...p),this.locked&&!m&&c){r.push(P("reference-not-locked",`${i} ${o[0]}/${n} is not in the lock file`,s,$n));return}return c&&l(c),c}let u=`${i} ${o[0]}/${n}`,d=m.version?e.locked(i,m.namespace,m.name,m.version,m.hash):void 0;if(!d?.definition){r.push(...p.filter(f=>f.severity==="error"),...d?.diagnostics??[],Cn(u,m,s));return}return r.push(Ln(u,m,c?Tn(n,c,e.revisionOf(c)):void 0,p,s)),l(d.definition),d.definition}valid(e,i,n,o,s,r,a){let{problems:p,valid:c}=e.check(i,n);return a.push(...p),c||a.push(P("invalid-revision",`${o} is locked to ${me(s)}, which is not valid today`,r,`see the errors at ${n.object.file}; render without --locked to re-resolve it`)),c}};function nt(t){let e=t.revision,i={kind:t.id.kind,namespace:t.id.namespace,name:t.id.name,ref:t.ref,revision:e.number,hash:e.hash};return e.version&&(i.version=e.version),e.commit&&(i.commit=e.commit),e.uncommitted&&(i.uncommitted=!0),i}function Tn(t,e,i){let n={kind:e.kind,namespace:e.namespace,name:e.name,ref:t,version:e.version,hash:e.hash};return i?.commit&&(n.commit=i.commit),i?.uncommitted&&(n.uncommitted=!0),n}var so=(t,e)=>t.namespace===e.id.namespace&&t.name===e.id.name&&t.hash===e.revision.hash,ao=(t,e)=>t.namespace===e.namespace&&t.name===e.name&&t.version===e.version&&t.hash===e.hash;function me(t){let e=[t.version&&t.revision!==void 0?`v${t.revision}`:void 0,t.commit?`commit ${t.commit.slice(0,7)}`:t.uncommitted?"uncommitted":`sha256:${t.hash.slice(0,12)}`].filter(Boolean);return`${t.version??`v${t.revision}`} (${e.join(", ")})`}function po(t,e){let i=t.namespace!==e.namespace||t.name!==e.name,[n,o]=[me(t),me(e)];return n===o&&([n,o]=[`${n} sha256:${t.hash.slice(0,12)}`,`${o} sha256:${e.hash.slice(0,12)}`]),i?[`${t.namespace}/${t.name} ${n}`,`${e.namespace}/${e.name} ${o}`]:[n,o]}function Ln(t,e,i,n,o){let s=n.find(p=>p.severity==="error"),[r,a]=i?po(e,i):[me(e),""];return D("lock-drift",i?`${t} is locked to ${r} but would now resolve to ${a}`:`${t} is locked to ${r} but would now fail to resolve: ${s?.message??"no revision matches"}`,o,i?"render without --locked to take the new revision":"fix the reference, then render without --locked to record it")}function Cn(t,e,i){return P("locked-revision-missing",`${t} is locked to ${e.namespace}/${e.name} ${me(e)}, which is no longer in the history`,i,"render without --locked to re-resolve it and record the new revision in the lock (the history must reach it: fetch the full history of a shallow clone, and leave out --no-history)")}function De(t){return t.body.spec.workload.components.map((i,n)=>{let o=["spec","workload","components",n],s=(i.traits??[]).map((r,a)=>({type:String(r.type),properties:r.properties??{},pos:p=>t.pos([...o,"traits",a,"properties",...p]),typePos:t.pos([...o,"traits",a,"type"])}));return{name:String(i.name),type:String(i.type),properties:i.properties??{},traits:s,pos:r=>t.pos([...o,"properties",...r]),typePos:t.pos([...o,"type"])}})}function co(t,e){return t.includes("*")?new RegExp(`^${t.split("*").map(mo).join(".*")}$`).test(e):t===e}function mo(t){return t.replace(/[.+?^${}()|[\]\\]/g,"\\$&")}function On(t,e){let i=[],n=e.body.spec.policies??[],o=t;return n.forEach((s,r)=>{if(s.type!=="override")return;let a=s.properties??{};if((a.components??[]).forEach((c,m)=>{let l=["spec","policies",r,"properties","components",m],u=typeof c.name=="string",d=u?String(c.name):"*",f=typeof c.type=="string"?c.type:void 0,y=o.filter(g=>co(d,g.name)&&(u||f===void 0||it(f,g.type))),h=e.pos([...l,u?"name":"type"]);if(y.length===0){if(u&&!d.includes("*")&&f!==void 0){i.push({severity:"info",code:"override-matched",message:`override "${d}" adds component "${d}"`,...h}),o=[...o,qn(d,f,c,e,l)];return}i.push(D("override-no-match",`override for component "${d}" matches no component of any profile deployed to this environment`,h,u&&!d.includes("*")?"give the override a `type` to add the component where it is missing":void 0));return}i.push({severity:"info",code:"override-matched",message:`override "${d}" matched`,...h}),o=o.map(g=>y.includes(g)?f!==void 0&&!it(f,g.type)?qn(g.name,f,c,e,l):lo(g,c,e,l):g)}),Array.isArray(a.selector)){let c=new Set(a.selector.map(String));o=o.filter(m=>c.has(m.name))}}),{components:o,diagnostics:i}}function qn(t,e,i,n,o){let s=[];return(i.traits??[]).forEach((r,a)=>{if(r.disable===!0)return;let p=[...o,"traits",a];s.push({type:String(r.type),properties:r.properties??{},pos:c=>n.pos([...p,"properties",...c]),typePos:n.pos([...p,"type"])})}),{name:t,type:e,properties:i.properties??{},traits:s,pos:r=>n.pos([...o,"properties",...r]),typePos:n.pos([...o,"type"])}}function it(t,e){return t.split("@")[0]===e.split("@")[0]}function lo(t,e,i,n){let o=e.properties??void 0,s=o?Ue(t.properties,o,null):t.properties,r=o?Vn(o,p=>i.pos([...n,"properties",...p]),t.pos):t.pos,a=t.traits;return(e.traits??[]).forEach((p,c)=>{let m=String(p.type),l=[...n,"traits",c],u=a.findIndex(g=>it(g.type,m));if(p.disable===!0){u>=0&&(a=a.filter((g,v)=>v!==u));return}let d=p.properties??{},f=g=>i.pos([...l,"properties",...g]);if(u<0){a=[...a,{type:m,properties:d,pos:f,typePos:i.pos([...l,"type"])}];return}let y=a[u],h={type:m.includes("@")?m:y.type,properties:Ue(y.properties,d,null),pos:Vn(d,f,y.pos),typePos:y.typePos};a=a.map((g,v)=>v===u?h:g)}),{...t,type:typeof e.type=="string"&&e.type.includes("@")?e.type:t.type,properties:s,traits:a,pos:r}}function Vn(t,e,i){return n=>uo(t,n)?e(n):i(n)}function uo(t,e){let i=t;for(let n of e)if(i===null||typeof i!="object"||(i=Array.isArray(i)?i[n]:i[String(n)],i===void 0))return!1;return e.length>0}var fo=["system","project","bundle","deployment"];function In(t){let e=[],i=[...ot(t.system,"system",["spec","variables"]),...t.project&&t.project!==t.system?ot(t.project,"project",["spec","variables"]):[],...ot(t.bundle,"bundle",["spec","variableSet","variables"]),...ho(t.deployment)],n=new Map,o=new Map;for(let r of fo)for(let a of i.filter(p=>p.source===r)){let p=o.get(a.name),c=n.get(a.name);if(r==="deployment"&&!c){e.push(P("undeclared-variable",`variable "${a.name}" is not declared in any VariableSet or in the ProfileBundle`,a.at,n.size?`declared variables: ${[...n.keys()].sort().join(", ")}`:"declare it in the project VariableSet first"));continue}if(p?.locked&&a.value!==void 0){e.push(P("locked-variable",`variable "${a.name}" is locked by the ${p.source} VariableSet at ${go(p.at)} and cannot be overridden here`,a.at,"remove this value, or unlock the variable where it is locked"));continue}let m=a.type??c?.type;if(a.value!==void 0&&m){let l=yo(a.value,m);if(l){e.push(P("variable-type",`variable "${a.name}" ${l} (variableType ${m})`,a.at));continue}}(!c||r!=="deployment")&&n.set(a.name,{...a,type:m,required:a.required||!!c?.required}),(a.value!==void 0||!p)&&o.set(a.name,{...a,type:m,locked:a.locked||!!p?.locked})}let s=new Map;for(let r of[...n.keys()].sort()){let a=o.get(r),p=n.get(r);if(a.value===void 0||a.value===null){p.required&&e.push(P("missing-variable",`required variable "${r}" has no value`,t.deployment.pos(["spec"]),"set it in spec.variables of this WorkloadDeployment"));continue}s.set(r,{name:r,value:a.value,type:p.type,source:a.source,at:a.at,locked:a.locked})}return{variables:s,diagnostics:e}}function ot(t,e,i){if(!t)return[];let n=t.body;for(let o of i)n=B(n)?n[o]??null:null;return Array.isArray(n)?n.map((o,s)=>{let r=o;return{name:String(r.name),value:r.value===void 0?void 0:r.value,type:r.variableType,required:r.validationMode==="required",locked:r.locked===!0,source:e,at:t.pos([...i,s,r.value===void 0?"name":"value"])}}):[]}function ho(t){let e=t.body.spec.variables,i={required:!1,locked:!1,source:"deployment"};return Array.isArray(e)?e.map((n,o)=>{let s=n;return{...i,name:String(s.name),value:s.value??null,at:t.pos(["spec","variables",o,"value"])}}):e&&typeof e=="object"?Object.keys(e).sort().map(n=>({...i,name:n,value:e[n],at:t.pos(["spec","variables",n])})):[]}function yo(t,e){switch(e){case"string":return typeof t=="string"?void 0:"must be a string";case"bool":return typeof t=="boolean"?void 0:"must be true or false";case"int32":return Number.isInteger(t)&&Math.abs(t)<=2147483647?void 0:"must be a 32-bit integer";case"int64":return Number.isSafeInteger(t)?void 0:"must be an integer";case"float32":case"float64":return typeof t=="number"?void 0:"must be a number"}}function go(t){return`${t.file}:${t.line}:${t.column}`}function An(t,e){let i=[],{config:n,specs:o}=t,s=Object.values(o).flat(),r=e.revisions??Rn(s),a=new Map;for(let h of s){let g=`${h.id.kind}/${h.id.namespace}`;a.set(g,[...a.get(g)??[],h.id.name])}let p={revisions:r,names:(h,g)=>a.get(`${h}/${g}`)??[],systemNamespace:n.systemNamespace,versioning:n.versioning,isInvalid:(h,g,v)=>t.invalid.has(`${h}/${g}/${v}`),check:bo()},c=new Re(e.stockDefinitions,e.repoDefinitions,{revisions:r,systemNamespace:n.systemNamespace});c.invalid=t.invalid;let m=h=>o.VariableSet.find(g=>g.id.namespace===h&&g.id.name===n.variableSetName),l=new we(e.locked),u=[],d=new Map,f=new Set,y=new Set;for(let h of o.WorkloadDeployment){let g=[],v=vo(h,p,l,c,m,b=>Ft(n,b),g,y,n.variableSetName);for(let b of g){let k=`${b.file}:${b.line}:${b.column}`;b.code==="override-no-match"?d.set(k,b):b.code==="override-matched"?f.add(k):i.push(b)}v&&!T(g)&&u.push(v)}for(let[h,g]of d)f.has(h)||i.push(g);return Po(o.WorkloadProfile,y,c,n.systemNamespace,i),ko(o.VariableSet,n.variableSetName,i),{deployments:u,definitions:c,revisions:r,references:l.entries(),diagnostics:i}}function bo(){let t=new WeakMap;return(e,i)=>{let n=t.get(i);if(n!==void 0)return{problems:[],valid:n};let o=i.object,s=ve.includes(e)?Gt(e,o.body,o.pos):[];return t.set(i,s.length===0),{problems:s,valid:s.length===0}}}function vo(t,e,i,n,o,s,r,a,p){let c=t.body.spec,m=t.id.namespace,l=S=>c[S],u=l("environmentRef"),d=i.ref(e,"Environment",u.name,u.namespace??m,t.pos(["spec","environmentRef","name"]),r),f,y=l("profileBundleRef");y&&(f=i.ref(e,"ProfileBundle",y.name,y.namespace??m,t.pos(["spec","profileBundleRef","name"]),r));let h=l("workloadProfileRef"),g=t.pos(["spec","workloadProfileRef","name"]);if(!h&&f){let S=f.revision.object;h=S.body.spec.workloadProfileRef,g=S.pos(["spec","workloadProfileRef","name"])}if(!h){r.push(P("missing-profile","WorkloadDeployment names no WorkloadProfile",t.pos(["spec"]),"set spec.workloadProfileRef, or a spec.profileBundleRef whose bundle has a workloadProfileRef"));return}let v=i.ref(e,"WorkloadProfile",h.name,h.namespace??m,g,r);if(!v)return;let b=d?.revision.object,k=v.revision.object;a.add(k);let{variables:M,diagnostics:w}=In({system:o(e.systemNamespace),project:o(m),bundle:f?.revision.object,deployment:t});r.push(...w);let{components:j,diagnostics:N}=b?On(De(k),b):{components:De(k),diagnostics:[]};r.push(...N);let L=[k.id.namespace,...k.id.namespace===e.systemNamespace?[]:[e.systemNamespace]],I=[],_=(S,E,U)=>{for(let R of Tt(S)){let G=[e.systemNamespace,m].some(ne=>e.isInvalid("VariableSet",ne,p));R.ref.scope==="var"&&!M.has(R.ref.name)&&!G?r.push(P("unknown-variable",`${U} references variable "${R.ref.name}", which has no value`,E(R.path),M.size?`variables with values: ${[...M.keys()].join(", ")}`:"declare it in a VariableSet and give it a value")):R.ref.scope==="cluster"&&I.push({component:U,pos:E(R.path),text:R.text})}return Lt(S,R=>R.scope==="var"?M.get(R.name)?.value:void 0)},H=[];for(let S of j){let E=i.definition(n,"ComponentDefinition",S.type,L,S.typePos,r),U=[];for(let R of S.traits){let G=i.definition(n,"TraitDefinition",R.type,L,R.typePos,r);G&&U.push({definition:G,properties:_(R.properties,R.pos,`trait ${R.type} of component "${S.name}"`),pos:R.pos})}if(E){let R=_(S.properties,S.pos,`component "${S.name}"`);H.push({name:S.name,definition:E,properties:R,pos:S.pos,traits:U,labelStyle:s(E.namespace)})}}jo(H,k,r);let $=[];if(!d||!b)return;(b.body.spec.policies??[]).forEach((S,E)=>{if(S.type==="override")return;let U=[b.id.namespace,...b.id.namespace===e.systemNamespace?[]:[e.systemNamespace]],R=i.definition(n,"PolicyDefinition",String(S.type),U,b.pos(["spec","policies",E,"type"]),r),G=ne=>b.pos(["spec","policies",E,"properties",...ne]);if(R){let ne=_(S.properties??{},G,`policy ${String(S.type)}`);$.push({name:String(S.name??S.type),definition:R,properties:ne,pos:G,labelStyle:s(R.namespace)})}});let Ai=H.some(S=>(S.definition.workloadType??"application")==="application")?"application":"task";return{deployment:t,environment:d,profile:v,bundle:f,components:H,policies:$,variables:[...M.values()],workloadType:Ai,clusterMacros:I}}function Po(t,e,i,n,o){for(let s of t){if(e.has(s))continue;let r=[s.id.namespace,...s.id.namespace===n?[]:[n]];for(let a of De(s)){i.resolve("ComponentDefinition",a.type,r,a.typePos,o);for(let p of a.traits)i.resolve("TraitDefinition",p.type,r,p.typePos,o)}}}function jo(t,e,i){let n=new Set;t.forEach((o,s)=>{n.has(o.name)&&i.push(P("duplicate-component",`component name "${o.name}" is used twice in this profile`,e.pos(["spec","workload","components",s,"name"]))),n.add(o.name)})}function ko(t,e,i){for(let n of t)n.id.name!==e&&i.push(D("variable-set-name",`VariableSet "${n.id.name}" is never read: hubcast reads the VariableSet named "${e}" in each namespace`,n.pos(["metadata","name"]),`rename it to "${e}" (or set variableSetName in hubcast.yaml)`))}var zn=he(Ei(),1);var So=100,Fn=new Set(["ComponentDefinition","TraitDefinition","PolicyDefinition"]),xo=new Set(ve),le=Object.freeze([]);function te(t,e){let i=`${t.kind}/${t.namespace}/${t.name}`;return Fn.has(t.kind)?`${i}@${e??""}`:i}var K=class{constructor(e){this.systemNamespace=e}systemNamespace;byDocument=new Map;file(e){return this.fileVersion(e).objects}fileVersion(e,i){let n=Mo(e),o=[],s=[];for(let r=0;r<n.length;r++){let a=n[r],p=i&&i.documents[r]===a?i.perDocument[r]:this.byDocument.get(a);p||(p=wo(a,this.systemNamespace),this.byDocument.set(a,p)),o.push(p);for(let c of p)s.push(c)}return{documents:n,perDocument:o,objects:s}}};function Mo(t){if(t.includes("\r")||t.includes("\u2028")||t.includes("\u2029"))return Ro(t);if(t.charCodeAt(0)===37||t.includes(`
%`))return[t];let e=[],i=0;for(let n=t.startsWith("---")?0:En(t,0);n>=0;n=En(t,n)){let o=t.charCodeAt(n+3);n+3<t.length&&o!==32&&o!==9&&o!==10||(n>i&&e.push(t.slice(i,n)),i=n)}return e.push(t.slice(i)),e}function En(t,e){let i=t.indexOf(`
---`,e);return i<0?-1:i+1}function Ro(t){if(/^%/m.test(t))return[t];let e=[],i=/^---(?=[ \t\r\n]|$)/gm,n=0;for(let o=i.exec(t);o;o=i.exec(t))o.index>n&&e.push(t.slice(n,o.index)),n=o.index;return e.push(t.slice(n)),e}function wo(t,e){let i,n=Ct(t);if(n&&n.docs.length===1)i=n.docs;else try{let s=(0,zn.parseAllDocuments)(t,{uniqueKeys:!0,strict:!0,merge:!0,prettyErrors:!1});if(!Array.isArray(s)||s.some(r=>r.errors.length>0))return le;i=s.map(r=>r.toJS({maxAliasCount:So}))}catch{return le}let o=[];for(let s of i){if(!B(s))continue;let r=s.kind==="List"&&Array.isArray(s.items)?s.items:[s];for(let a of r){let p=B(a)?Do(a,e):void 0;p&&o.push(p)}}return o}function Do(t,e){let{apiVersion:i,kind:n}=t;if(typeof n!="string")return;let o=i===Ht&&xo.has(n),s=i===re&&Fn.has(n);if(!o&&!s)return;let r=B(t.metadata)?t.metadata:{};if(typeof r.name!="string")return;let a={kind:n,namespace:typeof r.namespace=="string"?r.namespace:e,name:r.name},p=ee(t);if(s&&!p)return;let c={key:te(a,p),id:a,hash:ce(t)};return p&&(c.version=p),c}function Hn(t,e,i){let n=new Map;for(let o of Object.values(t.specs).flat())n.set(ge(o.id),o);for(let o of e)n.set(te(o.source.id,o.version),o.source);return No(i.index,{current:(o,s)=>n.get(te(o,s)),systemNamespace:t.config.systemNamespace,truncated:i.truncated})}function No(t,e){let i=new Map,n=(o,s)=>{let r=te(o,s),a=i.get(r);return a||(a=$o(t,t.objects.get(r),e.current(o,s),e.systemNamespace),i.set(r,a)),a};return{truncated:e.truncated,revisions:o=>n(o),definitionRevisions:(o,s)=>n(o,s)}}function $o(t,e,i,n){let o=e?.revisions??[],s=o.map((r,a)=>{let p=!!i&&!!e?.alive&&a===o.length-1;return To(r,p?i:void 0,()=>Lo(t,r,e.id,n))});if(i&&!s.some(r=>r.current)){let r={number:s.length+1,hash:ce(i.body),current:!0,object:i},a=ee(i.body);a&&(r.version=a),s.push(r)}return s}function To(t,e,i){let n={number:t.number,hash:t.hash,object:e};if(t.version&&(n.version=t.version),t.commit&&(n.commit=t.commit),t.time!==void 0&&(n.date=new Date(t.time*1e3).toISOString().replace(".000Z","Z")),t.uncommitted&&(n.uncommitted=!0),e)n.current=!0;else{let o;Object.defineProperty(n,"object",{enumerable:!0,get:()=>o??=i()})}return n}function Lo(t,e,i,n){let o=e.commit?`${e.path}@${e.commit.slice(0,7)}`:e.path,s=t.text(e.blob)??"";return Kn(Co(s,o,te(i,e.version),n),e,i,n)??Kn(Y({path:o,text:s}).documents,e,i,n)??{id:i,apiVersion:"",body:{},file:o,docIndex:0,pos:()=>({file:o,line:1,column:1})}}function Kn(t,e,i,n){for(let o of Jt(t)){let s=o.body.metadata??{},r=typeof s.namespace=="string"?s.namespace:n;if(!(o.body.kind!==i.kind||s.name!==i.name||r!==i.namespace)&&!(e.version&&ee(o.body)!==e.version))return{id:i,apiVersion:String(o.body.apiVersion),body:o.body,file:o.file,docIndex:o.docIndex,pos:o.pos}}}function Co(t,e,i,n){if(/[\r\u2028\u2029\uFEFF]/.test(t)||/^(\.\.\.|%)/m.test(t))return[];let{documents:o,perDocument:s}=new K(n).fileVersion(t),r=s.findIndex(m=>m===le||m.some(l=>l.key===i));if(r<0||s[r]===le)return[];let a=Y({path:e,text:`
`.repeat(qo(o,r))+o[r]}).documents,c=r>0&&!o[0].startsWith("---")&&o[0].split(`
`).every(m=>/^\s*(#.*)?$/.test(m))?r-1:r;return a.map(m=>({...m,docIndex:c}))}function qo(t,e){let i=0;for(let n=0;n<e;n++)for(let o=t[n].indexOf(`
`);o>=0;o=t[n].indexOf(`
`,o+1))i++;return i}function Un(t,e,i=At){let n=new Map;for(let a of t){let p=n.get(a.object.file)??[];p.push(a),n.set(a.object.file,p)}let o=[],s=[],r=[];for(let a of[...n.keys()].sort(x)){let p=n.get(a),c=i(`${e}\0${a}\0${p[0].text}`,()=>{let m={definitions:[],diagnostics:[],invalid:[]};for(let l of p){let{definition:u,diagnostics:d}=X(l.object,e,{text:l.text});m.diagnostics.push(...d),u?m.definitions.push(u):T(d)&&m.invalid.push(ge(l.object.id))}return m});o.push(...c.definitions),s.push(...c.diagnostics),r.push(...c.invalid)}return Vo(o,s),{definitions:o,diagnostics:s,invalid:r}}function Vo(t,e){let i=new Map;for(let n of t){let o=`${n.kind}/${n.namespace}/${n.name}@${n.version}`,s=i.get(o);if(s){let r=s.source.pos(["spec","version"]);e.push(P("duplicate-definition",`${n.kind} ${n.name} version ${n.version} is defined twice (first at ${r.file}:${r.line}:${r.column})`,n.source.pos(["spec","version"]),"a definition version is immutable: bump spec.version for a changed definition"))}else i.set(o,n)}}var rt=(t,e)=>`${t.deployment.id.namespace}/${t.deployment.id.name}/${e.name}`,Oo=["commit","name","semver","tag","branch"];function Io(t){let e=t.body.spec,i={namespace:t.id.namespace,name:t.id.name,url:String(e.url)},n=e.secretRef?.name;return typeof n=="string"&&(i.secretRef=n),e.insecure===!0&&(i.insecure=!0),i}function Ao(t){for(let e of Oo)if(t[e]!==void 0)return{[e]:t[e]};return{branch:"master"}}function Gn(t,e,i){let n=[],o=new Map,s=new Map,r=new Map(t.map(p=>[`${p.id.namespace}/${p.id.name}`,p])),a=new Map;for(let p of e)for(let c of p.components){let m=c.definition.sourceType;if(!m)continue;let l=Eo(c);if(!l)continue;let u=rt(p,c),d=["chart","version","repository","url","ref"].find(y=>JSON.stringify(l[y]??"").includes("{{"));if(d){n.push(P("source-cluster-macro",`component "${c.name}": ${d} cannot use per-cluster values: one version is resolved for every cluster`,c.pos([d]))),s.set(u,null);continue}let f;if(m==="helm"){let y=zo(r,String(l.repository),p,i,c,n);if(y){a.set(`${y.namespace}/${y.name}`,y);let h=String(l.chart),g=String(l.version??"*");f={type:"helm",key:`helm:${y.url}#${h}@${g}`,repository:y,chart:h,range:g,at:c.pos(["version"])}}}else{let y=Ao(l.ref??{}),[h,g]=Object.entries(y)[0],v=String(l.url);f={type:"git",key:`git:${v}#${h}=${g}`,url:v,ref:y,at:c.pos(["ref"])},typeof l.secretRef=="string"&&(f.secretRef=l.secretRef)}s.set(u,f?f.key:null),f&&!o.has(f.key)&&o.set(f.key,f)}return{requests:[...o.values()].sort((p,c)=>x(p.key,c.key)),byComponent:s,repositories:a,diagnostics:n}}function Eo(t){let e=JSON.parse(JSON.stringify(t.properties??{}));try{return Ot(_t.compile(t.definition.schema),e,t.pos).length?void 0:e}catch(i){if(i instanceof Vt)throw i;return}}function zo(t,e,i,n,o,s){let r=[...new Set([i.deployment.id.namespace,i.profile.id.namespace,n])];for(let c of r){let m=t.get(`${c}/${e}`);if(m)return Io(m)}let a=[...t.values()].filter(c=>r.includes(c.id.namespace)).map(c=>c.id.name),p=V(e,a);s.push(P("unknown-repository",`component "${o.name}": Repository "${e}" not found in namespace ${r.join(", ")}`,o.pos(["repository"]),p?`did you mean "${p}"?`:a.length?`available: ${[...new Set(a)].sort(x).join(", ")}`:"add a Repository (spectrocloud.com/v1beta1) with spec.url, see docs/sources.md"))}var Ne="0|[1-9]\\d*",Jn=`(?:${Ne}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`,Fo=new RegExp(`^(${Ne})\\.(${Ne})\\.(${Ne})(?:-(${Jn}(?:\\.${Jn})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);function $e(t){let e=Number(t);return Number.isSafeInteger(e)?e:void 0}function ct(t){let e=Fo.exec(t.startsWith("v")?t.slice(1):t);if(!e)return;let[i,n,o]=[$e(e[1]),$e(e[2]),$e(e[3])];if(!(i===void 0||n===void 0||o===void 0))return{major:i,minor:n,patch:o,pre:e[4]??"",original:t}}function Ko(t,e){if(t===e)return 0;if(t==="")return-1;if(e==="")return 1;let i=/^\d+$/.test(t),n=/^\d+$/.test(e);return i&&n?Number(t)>Number(e)?1:-1:i?-1:n||t>e?1:-1}function _n(t,e){let i=t.split("."),n=e.split(".");for(let o=0;o<Math.max(i.length,n.length);o++){let s=Ko(i[o]??"",n[o]??"");if(s!==0)return s}return 0}function C(t,e){return t.major!==e.major?t.major>e.major?1:-1:t.minor!==e.minor?t.minor>e.minor?1:-1:t.patch!==e.patch?t.patch>e.patch?1:-1:t.pre===e.pre?0:t.pre===""?1:e.pre===""?-1:_n(t.pre,e.pre)}var at="v?([0-9xX*]+)(\\.[0-9xX*]+)?(\\.[0-9xX*]+)?(-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?",Ho="!=|>=|=>|<=|=<|~>|>|<|=|~|\\^",pt=`(${Ho})?\\s*(${at})`,Uo=new RegExp(`^\\s*${pt}\\s*(?:(?:\\s+|,\\s*)${pt}\\s*)*$`),Go=new RegExp(pt,"g"),Jo=new RegExp(`\\s*(${at.replace(/\((?!\?)/g,"(?:")})\\s+-\\s+(${at.replace(/\((?!\?)/g,"(?:")})\\s*`,"g"),st=t=>t==="x"||t==="X"||t==="*";function Wo(t,e,i="",n="",o="",s){let r=i.slice(1),a=n.slice(1),p=o.slice(1),c=!1,m=!1,l=!1,u;if(st(e)?(c=!0,u=["0","0","0"]):i===""||st(r)?(c=m=!0,u=[e,"0","0"]):n===""||st(a)?(c=l=!0,u=[e,r,"0"]):u=[e,r,a],u.some(y=>!/^\d+$/.test(y)))return;let d=u.map($e);if(d.some(y=>y===void 0))return;let f={major:d[0],minor:d[1],patch:d[2],pre:p,original:s};return{op:t,con:f,dirty:c,minorDirty:m,patchDirty:l}}function Bn(t){let e=t.replace(Jo,(n,o,s)=>`>= ${o}, <= ${s}`),i=[];for(let n of e.split("||")){if(!Uo.test(n))return{error:`improper constraint: ${n.trim()||"(empty)"}`};let o=[];for(let s of n.matchAll(Go)){let r=Wo(s[1]??"",s[3],s[4],s[5],s[6],s[2]);if(!r)return{error:`improper constraint: ${s[0].trim()}`};o.push(r)}i.push(o)}return{constraint:{text:t,groups:i}}}function Wn(t,e){return C(t,e.con)<0?!1:e.con.major===0&&e.con.minor===0&&e.con.patch===0&&!e.minorDirty&&!e.patchDirty?!0:t.major!==e.con.major?!1:!(t.minor!==e.con.minor&&!e.minorDirty)}function _o(t,e){return C(t,e.con)<0?!1:e.con.major>0||e.minorDirty?t.major===e.con.major:t.major>0?!1:e.con.minor>0||e.patchDirty?t.minor===e.con.minor:t.minor>0?!1:t.patch===e.con.patch}function Bo(t,e){if(e.dirty){if(e.con.major!==t.major||e.con.minor!==t.minor&&!e.minorDirty)return!0;if(e.minorDirty)return!1;if(e.con.patch!==t.patch&&!e.patchDirty)return!0;if(e.patchDirty)return(t.pre!==""||e.con.pre!=="")&&_n(t.pre,e.con.pre)!==0}return C(t,e.con)!==0}function Zo(t,e,i){if(t.pre!==""&&e.con.pre===""&&!i&&(e.op!=="!="||e.dirty))return!1;let n=C(t,e.con);switch(e.op){case"":case"=":return e.dirty?Wn(t,e):n===0;case"!=":return Bo(t,e);case">":return e.dirty?t.major!==e.con.major?t.major>e.con.major:e.minorDirty?!1:e.patchDirty?t.minor>e.con.minor:n>0:n>0;case"<":return n<0;case">=":case"=>":return n>=0;case"<=":case"=<":return e.dirty?t.major>e.con.major?!1:!(t.major===e.con.major&&t.minor>e.con.minor&&!e.minorDirty):n<=0;case"~":case"~>":return Wn(t,e);case"^":return _o(t,e)}}function Te(t,e,i=!1){return e.groups.some(n=>{let o=i||n.some(s=>s.con.pre!=="");return n.every(s=>Zo(t,s,o))})}function Zn(t){return t.groups[0]?.[0]?.con}function Yn(t){return Bn(t===""?"*":t)}function Xn(t,e){let i=[];for(let n of t){let o=ct(e(n));o&&i.push({item:n,version:o})}return i}function Qn(t,e){let i=Zn(e),n=t.filter(c=>c.version.pre===""),o=n.filter(c=>!i||C(c.version,i)<0).sort((c,m)=>C(m.version,c.version)),s=i?n.filter(c=>C(c.version,i)>=0).sort((c,m)=>C(c.version,m.version)):[],r=Math.max(3,5-s.length),a=[...o.slice(0,r),...s.slice(0,5-Math.min(r,o.length))].sort((c,m)=>C(m.version,c.version)).map(c=>c.version.original),p=t.filter(c=>c.version.pre!==""&&Te(c.version,e,!0)).sort((c,m)=>C(m.version,c.version)).slice(0,5).map(c=>c.version.original);return{ok:!1,reason:"no-match",nearest:[...new Set(a)],prereleases:[...new Set(p)]}}function ei(t,e){if(e!==""){let p=t.find(c=>c.version===e);if(p)return{ok:!0,pick:p}}let{constraint:i,error:n}=Yn(e==="*"?"":e);if(!i)return{ok:!1,reason:"invalid-range",message:n};let o=Xn(t,p=>p.version),s=o.filter(p=>Te(p.version,i));if(s.length===0)return Qn(o,i);let r=p=>Date.parse(p.item.created??"")||0;return{ok:!0,pick:s.reduce((p,c)=>(C(c.version,p.version)||r(c)-r(p))>0?c:p).item}}var Le=t=>t.replaceAll("_","+"),Ce=t=>t.replaceAll("+","_");function qe(t,e,i=n=>n){let{constraint:n,error:o}=Yn(e==="*"?"":e);if(!n)return{ok:!1,reason:"invalid-range",message:o};let s=Xn(t,p=>i(p)),r=s.filter(p=>Te(p.version,n));return r.length===0?Qn(s,n):{ok:!0,pick:r.reduce((p,c)=>(C(c.version,p.version)||x(c.item,p.item))>0?c:p).item}}function ti(t){return ct(t)!==void 0}function ni(t){let e=[];return e.push(t.nearest.length?`nearest versions: ${t.nearest.join(", ")}`:"no stable versions exist"),t.prereleases.length&&e.push(`prereleases that would match if the range named a prerelease (e.g. ">=1.0.0-0"): ${t.prereleases.join(", ")}`),e.join("; ")}function Yo(t,e){if(t.type==="helm"&&e.type==="helm"){let i=t.repository,n=i.url.startsWith("oci://"),o={type:n?"oci":"helm",repository:{name:i.name,namespace:i.namespace},url:n?`${i.url.replace(/\/+$/,"")}/${t.chart}`:i.url,chart:t.chart,range:t.range,version:e.version,tag:Ce(e.version)};return e.digest&&(o.digest=e.digest),i.secretRef&&(o.secretRef=i.secretRef),i.insecure&&(o.insecure=!0),o}if(t.type==="git"&&e.type==="git"){let i={type:"git",url:t.url,ref:t.ref,commit:e.commit};return t.ref.branch&&(i.branch=t.ref.branch),t.secretRef&&(i.secretRef=t.secretRef),i}throw new Error(`source ${t.key}: resolution of type ${e.type} for a ${t.type} request`)}function ii(t,e,i){let n=new Map(e.requests.map(o=>[o.key,o]));return t.map(o=>{if(!o.components.some(r=>r.definition.sourceType))return o;let s=o.components.flatMap(r=>{let a=e.byComponent.get(rt(o,r));if(a===void 0)return[r];let p=a===null?void 0:i.get(a);return p?[{...r,source:Yo(n.get(a),p)}]:[]});return{...o,components:s}})}function oi(t,e){let i={};for(let n of t.requests){let o=e.get(n.key);if(o)if(n.type==="helm"&&o.type==="helm"){let s={type:"helm",url:n.repository.url,chart:n.chart,range:n.range,version:o.version};o.digest&&(s.digest=o.digest),i[n.key]=s}else n.type==="git"&&o.type==="git"&&(i[n.key]={type:"git",url:n.url,ref:n.ref,commit:o.commit})}return i}async function ri(t,e,i){let n=new Array(t.length),o=0,s,r=async()=>{for(;o<t.length&&!s;){let a=o++;try{n[a]=await i(t[a],a)}catch(p){s??={error:p}}}};if(await Promise.all(Array.from({length:Math.max(1,Math.min(e,t.length))},r)),s)throw s.error;return n}function si(){let t=new Map;return(e,i)=>{let n=t.get(e);return n||(n=i(),t.set(e,n)),n}}import{createHash as Xo}from"node:crypto";var ai=600;function Ve(t){return`${t.replace(/^[a-z+]+:\/\//i,"").replace(/^[^@/]*@/,"").replace(/[^A-Za-z0-9.-]+/g,"_").slice(0,80)}-${Xo("sha256").update(t).digest("hex").slice(0,12)}`}var de={helmIndex:t=>`helm-index/${Ve(t)}`,ociTags:t=>`oci-tags/${Ve(t)}`,ociDigest:(t,e)=>`oci-digest/${Ve(t)}/${e.replace(/[^A-Za-z0-9._-]/g,"_")}`,gitRefs:t=>`git-refs/${Ve(t)}`};function pi(t,e,i=!1){if(!t)return!1;if(i||e.offline)return!0;let n=(e.now.getTime()-Date.parse(t.fetchedAt))/1e3;return n>=0&&n<e.ttlSeconds}var A=class extends Error{constructor(i,n,o){super(n);this.code=i;this.hint=o}code;hint};function O(t){if(t.type==="helm")return`chart "${t.chart}" from Repository ${t.repository.namespace}/${t.repository.name} (${J(t.repository.url)})`;let[e,i]=Object.entries(t.ref)[0]??["branch","master"];return`git ${J(t.url)} ${e} ${i}`}async function ci(t,e){let i=si(),n=[],o=new Map,s=(m,l,u,d=!1)=>i(m,async()=>{let f=e.cache.read(m);if(pi(f,e.policy,d))return f.data;if(!e.fetcher)throw new A("source-not-cached",`${l} is not in the source cache (${e.cache.location}), and --offline forbids fetching it`,"render once without --offline to fill the cache");let y=await u(e.fetcher);return e.cache.write(m,y,e.policy.now.toISOString()),y}),r=async m=>{let l=m.repository;if(l.url.startsWith("oci://")){let b=`${l.url.replace(/\/+$/,"")}/${m.chart}`,k=()=>s(de.ociTags(b),`the tag list of ${J(b)}`,w=>w.ociTags(l,m.chart)),M;ti(m.range)?M=Ce(m.range):M=Ie(qe(await k(),m.range,Le),m);try{let w=await s(de.ociDigest(b,M),`the manifest of ${J(b)}:${M}`,j=>j.ociDigest(l,m.chart,M),!0);return{type:"helm",key:m.key,version:Le(M),digest:w}}catch(w){throw w instanceof We&&w.kind==="not-found"&&Ie(qe((await k()).filter(j=>j!==M),m.range,Le),m),w}}let u=de.helmIndex(l.url),d=e.cache.read(u),y=d?.data[m.chart]?.find(b=>b.version===m.range)?d.data:await s(u,`the index of ${J(l.url)}`,b=>b.helmIndex(l)),h=y[m.chart];if(!h){let b=V(m.chart,Object.keys(y));throw new A("chart-not-found",`${O(m)}: the repository has no chart "${m.chart}"`,b?`did you mean "${b}"?`:`charts there: ${Object.keys(y).sort().slice(0,20).join(", ")||"none"}`)}let g=Ie(ei(h,m.range),m),v={type:"helm",key:m.key,version:g.version};return g.digest&&(v.digest=g.digest.startsWith("sha256:")?g.digest:`sha256:${g.digest}`),v},a=async m=>{if(m.ref.commit)return{type:"git",key:m.key,commit:m.ref.commit};let l=await s(de.gitRefs(m.url),`the refs of ${J(m.url)}`,y=>y.gitRefs(m.url,m.secretRef)),u=y=>l.find(h=>h.ref===y),d;if(m.ref.name)d=m.ref.name;else if(m.ref.semver!==void 0){let y=l.filter(h=>h.ref.startsWith("refs/tags/")).map(h=>h.ref.slice(10));d=`refs/tags/${Ie(qe(y,m.ref.semver),m)}`}else m.ref.tag?d=`refs/tags/${m.ref.tag}`:d=`refs/heads/${m.ref.branch??"master"}`;let f=u(d);if(!f){let y=d.startsWith("refs/tags/")?"refs/tags/":"refs/heads/",h=l.filter(v=>v.ref.startsWith(y)).map(v=>v.ref.slice(y.length)),g=V(d.slice(y.length),h);throw new A("git-ref-not-found",`${O(m)}: the remote has no ${d}`,g?`did you mean "${g}"?`:`${y==="refs/tags/"?"tags":"branches"} there: ${h.sort().slice(0,10).join(", ")||"none"}`)}return{type:"git",key:m.key,commit:f.commit,resolvedRef:f.ref}},p=m=>m.type==="helm"?r(m):a(m),c=await ri(t,e.concurrency,async m=>{try{return{r:m,res:await p(m)}}catch(l){return{r:m,err:er(l,m)}}});for(let{r:m,res:l,err:u}of c){if(e.locked){let d=e.locked[m.key];if(!d){n.push(P("source-not-locked",`${O(m)} (${Ae(m)}) is not in the lock file`,m.at,"render without --locked to resolve it and record it in the lock"));continue}let f=Qo(m,d);o.set(m.key,f),u?n.push(q("lock-unchecked",`${O(m)}: could not check the lock against the source: ${u.message}`,m.at)):l&&Oe(l)!==Oe(f)&&n.push(D("lock-drift",`${O(m)} (${Ae(m)}) is locked to ${Oe(f)} but would now resolve to ${Oe(l)}`,m.at,"render without --locked to take the new version"));continue}l?o.set(m.key,l):u&&n.push(P(u.code,u.message,m.at,u.hint))}return{resolutions:o,diagnostics:n}}function Ae(t){if(t.type==="helm")return`version "${t.range}"`;let[e,i]=Object.entries(t.ref)[0]??["branch","master"];return`${e} "${i}"`}function Oe(t){return t.type==="helm"?t.version:t.commit}function Qo(t,e){if(t.type==="helm"){let i={type:"helm",key:t.key,version:String(e.version)};return e.digest&&(i.digest=e.digest),i}return{type:"git",key:t.key,commit:String(e.commit)}}function Ie(t,e){if(t.ok)return t.pick;throw t.reason==="invalid-range"?new A("invalid-version-range",`${O(e)}: ${Ae(e)} is not a valid version range: ${t.message}`,'write a version like 6.5.4 or a range like ">=6.5 <7" (Masterminds/semver, as Flux reads it)'):new A("no-matching-version",`${O(e)}: no version matches ${Ae(e)}`,ni(t))}function er(t,e){let i=O(e);if(t instanceof A)return t.message.startsWith(i)?t:new A(t.code,`${i}: ${t.message}`,t.hint);if(t instanceof We){let n=e.type==="helm"?e.repository.secretRef:e.secretRef,o={unreachable:"check the URL and the network; render with --offline to use the source cache",timeout:"the source did not answer in time; retry, raise sources.timeoutSeconds in hubcast.yaml, or render with --offline",auth:cn(n),"not-found":e.type==="helm"?"check the Repository url and the chart name and version":"check the url and the ref",protocol:"the server did not answer like a Helm repository, OCI registry or git remote: check the url"},s=t.kind==="auth"?"source-auth":`source-${t.kind}`;return new A(s,`${O(e)}: ${t.message}`,o[t.kind])}throw t}var tr="hubcast.io/cluster";function mt(t,e,i,n,o){let s=new Map;return lt(s,t,e,i,n,o),$t(s)}function lt(t,e,i,n,o,s){nr(t,e,i,n,o,Mt(s,s!==void 0))}function nr(t,e,i,n,o,s){let r=wt(t,i,s),{clusters:a,waves:p}=ir(t,e,s);for(let c of a)r.push({name:ye(c),path:pe(c),manifestWorks:!0,labels:{[tr]:c}});r.push(...p),Dt(t,n,r,o,c=>/^clusters\/[^/]+\/spoke$/.test(c),s)}function ir(t,e,i){let n=new Set,o=[],s=new Map;for(let r of e){if(r.wave===void 0)be(t,pe(r.cluster),Z(r.work),r.work,i),n.add(r.cluster);else{let a=yt(s,r.deployment),p=a[r.wave];p===void 0&&(a[r.wave]=p=je(r.deployment,r.wave),o.push(rr(r,p,r.wave))),be(t,p,`${r.cluster}_${Z(r.work)}`,r.work,i)}r.spokeObjects&&r.spokePath&&or(t,r.spokePath,r.spokeObjects,i)}return{clusters:[...n].sort(),waves:o}}function or(t,e,i,n){let o=new Map;for(let s of i)o.set(Z(s),(o.get(Z(s))??0)+1);for(let s of i){let r=Z(s),a=(o.get(r)??0)>1?`${s.kind.toLowerCase()}-${s.metadata.namespace??""}-${s.metadata.name}.yaml`:r;be(t,e,a,s,n)}}function rr(t,e,i){let n=t.deployment.identity.deployment,o={name:oe(n.namespace,n.name,i),path:e,manifestWorks:!0,currentGeneration:!0,labels:{[gt]:n.name,[bt]:n.namespace,[an]:String(i)},file:Pt(n.namespace,n.name)};return i>1&&(o.dependsOn=oe(n.namespace,n.name,i-1)),t.waveTimeout&&(o.timeout=t.waveTimeout),o}function Ee(t){let e=t.extra.flux??{},i=e.spoke??{},n=t.extra.sizeLimit??{},o=s=>typeof s=="string"?s:void 0;return{mode:t.extra.delivery==="flux-pull"?"flux-pull":"manifestwork",flux:{url:o(e.url),branch:o(e.branch)??t.generatedBranch,tag:o(e.tag)??"latest",insecure:e.insecure===!0,secretRef:o(e.secretRef),namespace:o(e.namespace)??"flux-system",interval:o(e.interval)??"10m",sourceInterval:o(e.sourceInterval)??"1m",timeout:o(e.timeout)??"5m",spoke:{url:o(i.url)??o(e.url),secretRef:o(i.secretRef),namespace:o(i.namespace)??"flux-system",interval:o(i.interval)??"10m",decryptionSecret:o(i.decryptionSecret)}},requireReady:t.extra.requireReady===!0,sizeLimit:{bytes:typeof n.bytes=="number"?n.bytes:zt,onExceed:n.onExceed==="fail"?"fail":"split"}}}function mi(t,e){if(t.mode!=="flux-pull")return[];let i={file:"hubcast.yaml",line:1,column:1},n=[];return e!=="per-cluster"&&n.push(P("config","delivery: flux-pull needs the per-cluster layout (each spoke pulls its own folder)",i,"add an inventory with ManagedClusters, or remove delivery: flux-pull")),t.flux.url||n.push(P("config","delivery: flux-pull needs flux.url, the repository the spokes pull from",i,"set flux.url (and flux.spoke.secretRef when it is private) in hubcast.yaml")),n}function sr(t,e,i){let n=i;return typeof t=="number"?n=t:typeof t=="string"&&t.endsWith("%")?n=Math.ceil(Number.parseFloat(t.slice(0,-1))/100*e):typeof t=="string"&&/^[0-9]+$/.test(t)&&(n=Number(t)),n<=0||n>e?i:n}function ar(t,e){let i=[];for(let n=0;n<t.length;n+=Math.max(e,1))i.push(t.slice(n,n+Math.max(e,1)));return i}function li(t,e,i,n){let o=rn(t,i,n),s=z(t),r=s.type??"All",a=[...new Set(e.flatMap(j=>j.clusters))].sort(),p=j=>a.length?[{index:1,clusters:a,why:j}]:[];if(!tn.includes(r))return{plan:{type:"All",waves:p("all clusters"),unsupported:[]},diagnostics:o};let c=r,m=nn[c],l=z(s[m]),u=(...j)=>i([m,...j]),d=[],f=l.progressDeadline,y=on(f)&&f!=="None"?f:void 0;if(c!=="All"){let j=l.minSuccessTime;typeof j=="string"&&(ae(j)??0)>0&&(d.push(`minSuccessTime ${String(j)}: each wave starts as soon as the previous one is healthy (no soak time)`),o.push(D("rollout-unsupported",`${n}: minSuccessTime ${String(j)} cannot be expressed with Flux waves; a wave starts as soon as the previous one is healthy`,u("minSuccessTime"),"wait by hand (flux suspend) or drop minSuccessTime; see docs/per-cluster.md")));let N=l.maxFailures;(typeof N=="number"&&N>0||typeof N=="string"&&/^[0-9]+%$/.test(N)&&Number.parseInt(N,10)>0)&&(d.push(`maxFailures ${String(N)}: no failure is tolerated, a wave with an unhealthy cluster holds the next one`),o.push(D("rollout-unsupported",`${n}: maxFailures ${String(N)} cannot be expressed with Flux waves; one unhealthy cluster holds the next wave`,u("maxFailures"),"set maxFailures: 0 or drop it; see docs/per-cluster.md")))}if(c==="All")return{plan:{type:c,waves:p("all clusters"),timeout:y,unsupported:d},diagnostics:o};let h=new Set;(Array.isArray(l.mandatoryDecisionGroups)?l.mandatoryDecisionGroups:[]).forEach((j,N)=>{let L=z(j),I=typeof L.groupName=="string"&&L.groupName!=="",_=typeof L.groupIndex=="number"?L.groupIndex:0,H=e.filter($=>I?$.name===L.groupName:$.index===_&&$.clusters.length>0);for(let $ of H)h.add($.index);if(H.length===0&&e.some($=>$.clusters.length>0)){let $=[...new Set(e.filter(fe=>fe.name).map(fe=>fe.name))];o.push(D("rollout-no-group",`${n}: mandatory decision group ${I?JSON.stringify(L.groupName):`index ${_}`} matches no decision group of the selected clusters (${Q(e.length,"group")}${$.length?`, named ${$.join(", ")}`:""}), so it gets no wave of its own`,u("mandatoryDecisionGroups",N),I?`name a group of the Placement's decisionStrategy.groupStrategy.decisionGroups${V(String(L.groupName),$)?` (did you mean ${V(String(L.groupName),$)}?)`:""}`:"use the index of an existing decision group (plan --json shows them)"))}});let v=[],b=(j,N)=>{j.length&&v.push({index:v.length+1,clusters:[...j].sort(),why:N})},k=[...e].sort((j,N)=>j.index-N.index),M=j=>`decision group ${j.index}${j.name?` (${j.name})`:""}`;for(let j of k)h.has(j.index)&&b(j.clusters,`mandatory ${M(j)}`);let w=k.filter(j=>!h.has(j.index));if(c==="ProgressivePerGroup")for(let j of w)b(j.clusters,M(j));else{let j=[...new Set(w.flatMap(I=>I.clusters))].sort(),N=sr(l.maxConcurrency,j.length,j.length),L=l.maxConcurrency===void 0?"the other clusters":`maxConcurrency ${String(l.maxConcurrency)} (${N} of ${j.length})`;for(let I of ar(j,N))b(I,L)}return{plan:{type:c,waves:v,timeout:y,unsupported:d},diagnostics:o}}function di(t){let e=new Set,i=[],n=Math.max(0,...t.map(o=>o.waves.length));for(let o=0;o<n;o++){let s=[],r=[];for(let a of t){let p=a.waves[o];if(p){r.push(p.why);for(let c of p.clusters)e.has(c)||(e.add(c),s.push(c))}}s.length&&i.push({index:i.length+1,clusters:s.sort(),why:[...new Set(r)].join("; ")})}return i}function fi(t,e,i,n,o=!1){let s=[],r=[],a=new Map;for(let p of t){let c=n?.key(p),m=c===void 0?ui(p,e,i,a,o):n.cached(c,()=>ui(p,e,i,a,o));s.push(...m.diagnostics),r.push(m.placement)}return{placements:r,diagnostics:s}}function ui(t,e,i,n,o){let s=[],r=t.resolved.environment.revision.object,a=[],p=[],c=t.topology,m=`deployment ${t.identity.deployment.namespace}/${t.identity.deployment.name}`;if(c.type==="topology-ocm"){let h=["spec","topology","properties","placement"];a.push(Je({namespace:c.hubNamespace,name:t.name,spec:c.placement??{},pos:g=>r.pos([...h,...g])},e,i))}else c.placementRefs.forEach((h,g)=>{let v=`${c.hubNamespace}/${String(h.name)}`,b=e.placements.get(v);if(!b){p.push(v);let M=`Environment ${r.id.namespace}/${r.id.name} is NotReady: Placement ${v} (topology-ocm-byop) is not in the inventory, so hubcast cannot tell which clusters it selects; ${m} is withheld (no ManifestWork is written for it, so Flux removes any it had)`,w=r.pos(["spec","topology","properties","placementRefs",g,"name"]),j="add it to the inventory (kubectl get placements -A -o yaml), fix the name, or render with --layout replicaset";s.push(o?P("placement-not-found",`${M} (required by --require-ready or requireReady: true)`,w,j):D("placement-not-found",M,w,j));return}let k=n.get(v)??Je({namespace:b.id.namespace,name:b.id.name,spec:b.body.spec??{},pos:M=>b.pos(["spec",...M])},e,i);n.set(v,k),a.push(k)});for(let h of a)s.push(...h.diagnostics);let l=a.find(h=>h.needsHub)?.needsHub,u=new Set(l||p.length?[]:a.flatMap(h=>h.selected)),d=e.clusters.filter(h=>u.has(h.name)).sort((h,g)=>x(h.name,g.name));l&&s.push(q("placement-needs-hub",`deployment ${t.identity.deployment.namespace}/${t.identity.deployment.name}: ${l}; it is rendered as Placement + ManifestWorkReplicaSet and the hub schedules it`,t.resolved.deployment.pos(["metadata","name"])));let f=a.some(h=>h.diagnostics.some(g=>g.code==="placement-misconfigured"));if(!o&&!l&&!f&&!p.length&&a.length&&d.length===0){let h=a.map(g=>`${g.placement.namespace}/${g.placement.name}: ${g.satisfied.reason}`).join("; ");s.push(D("no-clusters",`${m} selects no cluster (${h}); no ManifestWork is written for it, so Flux removes any it had`,t.resolved.deployment.pos(["metadata","name"]),"run hubcast plan to see why each cluster was not selected"))}if(o&&!l&&!f&&!p.length)for(let h of a){if(h.ready)continue;let g=h.numberOfClusters===void 0?"at least 1":`${h.numberOfClusters}`,v=c.type==="topology-ocm"?r.pos(["spec","topology","properties","placement"]):r.pos(["spec","topology","properties","placementRefs",c.placementRefs.findIndex(b=>String(b.name)===h.placement.name),"name"]);s.push(P("environment-not-ready",`Environment ${r.id.namespace}/${r.id.name} is NotReady: Placement ${h.placement.namespace}/${h.placement.name} selects ${Q(h.selected.length,"cluster")} of ${g} wanted (${h.satisfied.reason}) (required by --require-ready or requireReady: true)`,v,"run hubcast plan to see why each cluster was not selected"))}let y={rendered:t,evaluations:a,clusters:d,needsHub:l};return p.length&&(y.notFound=p),!l&&!p.length&&a.length&&(y.rollout=pr(t,a,m,s)),{placement:y,diagnostics:s}}function pr(t,e,i,n){let o=t.resolved.environment.revision.object,s=t.topology,r=[];e.forEach(c=>{let m=s.type==="topology-ocm"?s.placementRefs[0]:s.placementRefs.find(f=>String(f.name)===c.placement.name),l=s.type==="topology-ocm"?-1:s.placementRefs.indexOf(m),u=l<0?["spec","topology","properties","manifestWorkReplicaSet","rolloutStrategy"]:["spec","topology","properties","placementRefs",l,"rolloutStrategy"],d=li(m?.rolloutStrategy,c.groups,f=>o.pos([...u,...f]),`${i} (Placement ${c.placement.namespace}/${c.placement.name})`);n.push(...d.diagnostics),r.push(d.plan)});let a=di(r),p=r.map(c=>c.timeout).filter(c=>!!c).sort((c,m)=>ae(c)-ae(m)||x(c,m))[0];return{plans:r,waves:a,timeout:p}}var hi=class{values=new It;counts=new Map;objectText=new WeakMap;renderKeys=new WeakMap;placementKeys=new WeakMap;startRun(){this.values.advance(),this.counts.clear()}cached(e){let i=Et(this.values,e);return(n,o)=>{let s=this.counts.get(e)??{reused:0,computed:0};this.counts.set(e,s);let r=!1,a=i(n,()=>(r=!0,o()));return r?s.computed++:s.reused++,a}}stats(){let e={reused:0,computed:0};return{load:this.counts.get("load")??e,definitions:this.counts.get("definitions")??e,render:this.counts.get("render")??e,place:this.counts.get("place")??e,works:this.counts.get("works")??e}}};function yi(t,e){return Yt(JSON.stringify(t.map(i=>[i.file,e.get(i.file)??"",i.docIndex,i.id,i.body])))}function bi(t,e,i,n,o){let{inventory:s,diagnostics:r}=Xt(e);s.clusters.length===0&&r.push(P("no-inventory","the per-cluster layout needs an inventory with ManagedClusters",void 0,"add the hub export (kubectl get managedclusters,managedclustersets,managedclustersetbindings,placements -o yaml) to the repo or pass --inventory DIR, or use --layout replicaset"));let a,p;if(o){let{memo:d}=o,f=`${yi(e,o.files)}\0${n}\0${i.requireReady}`,y=JSON.stringify(i);a={cached:d.cached("place"),key:h=>gi(d.renderKeys.get(h),g=>`${g}\0${f}`)},p={cached:d.cached("works"),key:h=>gi(d.placementKeys.get(h),g=>`${g}\0${y}`)}}let c=fi(t,s,n,a,i.requireReady);if(o&&a)for(let d of c.placements){let f=a.key(d.rendered);f!==void 0&&o.memo.placementKeys.set(d,f)}r.push(...c.diagnostics);let m=c.placements.filter(d=>d.needsHub).map(d=>d.rendered);for(let d of m)Zt(d.resolved.deployment,d.topology.hubNamespace,d.name,r);let{works:l,diagnostics:u}=pn(c.placements,i,p);return r.push(...u),{inventory:s,placements:c.placements,works:l,hubScheduled:m,diagnostics:r}}function gi(t,e){return t===void 0?void 0:e(t)}function dt(t,e=[]){return jt([...cr(t),...mr(e)])}function*cr(t){for(let e of t){let i=e.identity.environment;yield{name:vt(i.namespace,i.name),folder:Rt(e),about:()=>({what:`Environment ${i.namespace}/${i.name}`,owner:`environment ${i.namespace}/${i.name}`,at:e.resolved.environment.revision.object.pos(["metadata","name"])})}}}function*mr(t){let e=new Set,i;for(let n of t){if(n.wave===void 0){if(e.has(n.cluster))continue;e.add(n.cluster);let r=()=>({what:`cluster ${n.cluster}`,owner:`cluster ${n.cluster}`});yield{name:ye(n.cluster),folder:pe(n.cluster),about:r};continue}if(i&&i.deployment===n.deployment&&i.wave===n.wave)continue;i=n;let o=n.deployment.identity.deployment,s=n.wave;yield{name:oe(o.namespace,o.name,s),folder:je(n.deployment,s),about:()=>({what:`wave ${s} of deployment ${o.namespace}/${o.name}`,owner:`deployment ${o.namespace}/${o.name}`,at:n.deployment.resolved.deployment.pos(["metadata","name"])})}}}function lr(t,e,i){return i||(t.layout!=="auto"?t.layout:e?.inventory.some(n=>n.id.kind==="ManagedCluster")?"per-cluster":"replicaset")}function vi(t){t.onStage?.("load"),t.memo?.startRun();let{repo:e,diagnostics:i}=Ut(t.files,t.config,t.memo?.cached("load"));return{input:t,repo:e,diagnostics:[...i]}}function Pi(t){return t.repo.definitionSources.length||t.input.revisions?!0:[...t.input.history?.index.objects.values()??[]].some(e=>se.includes(e.id.kind))}function ji(t){let{input:e,repo:i}=t,n=[...t.diagnostics],o=Un(i.definitionSources,e.config.systemNamespace,e.memo?.cached("definitions"));n.push(...o.diagnostics);for(let p of o.invalid)i.invalid.add(p);let s=lr(e.config,i,e.layout);e.onStage?.("resolve");let r=e.revisions??(e.history?Hn(i,o.definitions,e.history):void 0),a=An(i,{stockDefinitions:e.stockDefinitions,repoDefinitions:o.definitions,revisions:r,locked:e.lockedReferences});return n.push(...a.diagnostics),{input:e,diagnostics:n,repo:i,layout:s,resolved:a.deployments,revisions:a.revisions,references:a.references}}function ki(t){let e=new Set;for(let i of t.resolved){for(let n of i.components){e.add(n.definition);for(let o of n.traits)e.add(o.definition)}for(let n of i.policies)e.add(n.definition)}return e}function Si(t){return[...t.resolved.map(i=>z(z(z(i.environment.revision.object.body.spec).topology).properties).placement),...t.repo.inventory.filter(i=>i.id.kind==="Placement").map(i=>i.body.spec)].some(i=>en(z(i)))}function xi(t){let{input:e,repo:i}=t,n=Gn(i.specs.Repository,t.resolved,e.config.systemNamespace),o=e.memo?Ge(e.files):void 0;return{...t,diagnostics:[...t.diagnostics,...n.diagnostics],sources:n,files:o}}function Mi(t,e,i=[]){let{input:n,repo:o,layout:s}=t,r=[...t.diagnostics,...i],a=v=>{let b=new Set,k=ie(r).filter(M=>{let w=JSON.stringify(M);return b.has(w)?!1:(b.add(w),!0)});return{...v,diagnostics:k,ok:!T(k)}};if(!T(i))for(let v of t.sources.requests)e.has(v.key)||r.push(P("source-unresolved",`${O(v)} was not resolved before rendering`,v.at));let p=ii(t.resolved,t.sources,e);n.onStage?.("render");let c=n.memo,{rendered:m,diagnostics:l}=sn(p,{hubNamespace:n.config.hubNamespace,layout:s,sizeLimit:Ee(n.config).sizeLimit},c&&t.files?{cached:c.cached("render"),files:t.files,keys:c.renderKeys}:void 0);r.push(...l);let u=Ee(n.config);n.requireReady&&(u.requireReady=!0),r.push(...mi(u,s));let d={layout:s,repo:o,resolved:p,revisions:t.revisions,rendered:m},f=()=>{let v=St(p,n.sourceCommit);v.references=t.references;let b=oi(t.sources,e);return Object.keys(b).length&&(v.sources=b),v};if(s==="replicaset"){if(u.flux.url&&r.push(...dt(m)),T(r)||n.emit===!1)return a(d);let v=f();return n.onStage?.("emit"),n.into?(Nt(n.into,m,v,u.flux,c?.objectText),a({...d,lock:v,emitted:n.into})):a({...d,lock:v,tree:Fe(m,v,u.flux,c?.objectText)})}n.onStage?.("schedule");let y=bi(m,o.inventory,u,n.now??Date.now(),c&&t.files?{memo:c,files:t.files}:void 0);r.push(...y.diagnostics),u.flux.url&&r.push(...dt(y.hubScheduled,y.works));let h={...d,inventory:y.inventory,placements:y.placements,works:y.works,hubScheduled:y.hubScheduled};if(T(r)||n.emit===!1)return a(h);let g=f();return n.onStage?.("emit"),n.into?(lt(n.into,y.works,y.hubScheduled,g,u.flux,c?.objectText),a({...h,lock:g,emitted:n.into})):a({...h,lock:g,tree:mt(y.works,y.hubScheduled,g,u.flux,c?.objectText)})}function Pp(t,e,i){let n=t.repo?Ee(t.repo.config).flux:void 0;return t.layout==="replicaset"?Fe((t.rendered??[]).filter(e),i,n):mt((t.works??[]).filter(o=>(o.sharedBy??[o.deployment]).some(e)),(t.hubScheduled??[]).filter(e),i,n)}import{resolve as Ri}from"node:path";var dr=".hubcast-cache";function ut(t,e,i){let n=t.extra.sources??{};return{cacheDir:i?Ri(i):Ri(e,typeof n.cacheDir=="string"?n.cacheDir:dr),ttlSeconds:typeof n.ttlSeconds=="number"?n.ttlSeconds:ai,timeoutMs:(typeof n.timeoutSeconds=="number"?n.timeoutSeconds:30)*1e3,concurrency:typeof n.concurrency=="number"?n.concurrency:4,offline:n.offline===!0}}async function wi(t,e,i,n){let o=t.sources.requests;if(o.length===0)return{resolutions:new Map,diagnostics:[]};let s=ut(t.input.config,e,i.cacheDir),[{fsSourceCache:r},{networkFetcher:a}]=await Promise.all([import("./source-cache-YIFGDBL5.mjs"),import("./source-fetcher-CA6JZIXS.mjs")]);return ci(o,{fetcher:i.offline||s.offline?void 0:a({timeoutMs:s.timeoutMs,env:i.env??process.env}),cache:r(s.cacheDir),policy:{offline:!!i.offline||s.offline,ttlSeconds:s.ttlSeconds,now:i.now??new Date},concurrency:s.concurrency,locked:n})}import{spawnSync as $i}from"node:child_process";import{existsSync as ur}from"node:fs";import{dirname as Di,join as fr,resolve as hr}from"node:path";var yr=/^0+$/,gr=new Set(["100644","100755"]);function Ti(t,e){let i=br(t,e.rev??"HEAD");if("kind"in i)return i;let{prefix:n,shallow:o,head:s}=i,r=ue(t,["-c","log.showSignature=false","log","--first-parent","-m","--reverse","--raw","--no-renames","--no-abbrev","-z","--no-color","--format=%H %ct",s,"--","."]);if(r.status!==0)return{kind:"failed",message:ze(r.stderr)};let a=vr(r.stdout,n,e.accept),p=new Set;for(let u of a)for(let d of u.changes)d.blob&&p.add(d.blob);let c=e.knownTexts,m=Pr(t,c?[...p].filter(u=>!c.has(u)):[...p]);if(typeof m=="string")return{kind:"failed",message:m};if(!c)return{kind:"history",history:{head:s,shallow:o,commits:a,texts:m}};for(let[u,d]of m)c.set(u,d);let l=new Map;for(let u of p)l.set(u,c.get(u));return{kind:"history",history:{head:s,shallow:o,commits:a,texts:l}}}function br(t,e){if(!process.env.GIT_DIR&&!Ni(t))return{kind:"none",reason:"not a git repository"};let i=ue(t,["rev-parse","--show-prefix","--is-shallow-repository","--verify","--quiet",`${e}^{commit}`]);if(i.status===0){let[a,p,c]=i.stdout.split(`
`);return{prefix:a,shallow:p==="true",head:c}}let n=ue(t,["rev-parse","--show-prefix","--is-shallow-repository"]);if(n.status==="missing")return Ni(t)?{kind:"failed",message:"git is not installed"}:{kind:"none",reason:"not a git repository"};if(n.status!==0)return/not a git repository/i.test(n.stderr)?{kind:"none",reason:"not a git repository"}:{kind:"failed",message:ze(n.stderr)};let[o,s]=n.stdout.split(`
`);if(ue(t,["rev-parse","--verify","--quiet",e]).status!==0)return e==="HEAD"?{kind:"none",reason:"the repository has no commits yet"}:{kind:"failed",message:`unknown revision ${e}`};let r=ue(t,["rev-parse","--verify",`${e}^{commit}`]);return r.status!==0?{kind:"failed",message:ze(r.stderr)}:{prefix:o??"",shallow:s==="true",head:r.stdout.trim()}}function vr(t,e,i){let n=[],o=t.split("\0"),s;for(let r=0;r<o.length;r++){let a=o[r].replace(/^\n/,"");if(a==="")continue;if(a.startsWith(":")){let m=o[++r];if(!s||m===void 0||!m.startsWith(e))continue;let l=m.slice(e.length);if(!i(l))continue;let[,u,,d]=a.slice(1).split(" "),f={path:l};!yr.test(d)&&gr.has(u)&&(f.blob=d),s.changes.push(f);continue}let[p,c]=a.split(" ");s={sha:p,time:Number(c),changes:[]},n.push(s)}return n.filter(r=>r.changes.length>0)}function Pr(t,e,i=new TextDecoder){let n=new Map;if(e.length===0)return n;let o=$i("git",["cat-file","--batch"],{cwd:t,input:`${e.join(`
`)}
`,maxBuffer:Number.MAX_SAFE_INTEGER,env:Li(),timeout:12e4});if(o.error)return`could not run git: ${o.error.message}`;if(o.status!==0||!o.stdout)return ze(o.stderr?.toString()??"git cat-file failed");let s=o.stdout,r=0;for(let a of e){let p=s.indexOf(10,r);if(p<0)return"git cat-file: truncated output";let c=s.toString("latin1",r,p).split(" ");if(c[1]!=="blob")return`git cat-file: ${c.join(" ")}`;let m=Number(c[2]);n.set(a,i.decode(s.subarray(p+1,p+1+m))),r=p+1+m+1}return n}function Ni(t){for(let e=hr(t);;e=Di(e)){if(ur(fr(e,".git")))return!0;if(Di(e)===e)return!1}}function ue(t,e){let i=$i("git",e,{cwd:t,encoding:"utf8",maxBuffer:Number.MAX_SAFE_INTEGER,env:Li()});return i.error&&i.error.code==="ENOENT"?{status:"missing",stdout:"",stderr:""}:{status:i.status??1,stdout:i.stdout??"",stderr:i.stderr??""}}function Li(){return{...process.env,GIT_PAGER:"cat",GIT_TERMINAL_PROMPT:"0",LC_ALL:"C",LANGUAGE:"C"}}function ze(t){return t.trim().split(`
`)[0]||"git failed"}var jr=t=>`worktree:${t}`,ft=class{constructor(e,i,n=new K(i)){this.texts=e;this.digester=n}texts;digester;blobDigests=new Map;files=new Map;locations=new Map;objects=new Map;head;commitCount=0;apply(e){this.applyChanges(e.changes,{commit:e.sha,time:e.time}),this.head=e.sha,this.commitCount++}applyWorktree(e){let i=[],n=new Set;for(let o of e){n.add(o.path);let s=this.files.get(o.path);if(s!==void 0&&this.texts.get(s)===o.text)continue;let r=jr(o.path);this.texts.set(r,o.text),i.push({path:o.path,blob:r})}for(let o of this.files.keys())n.has(o)||i.push({path:o});this.applyChanges(i,{uncommitted:!0})}result(){let e=this.texts;return{objects:this.objects,head:this.head,commitCount:this.commitCount,text:i=>e.get(i)}}applyChanges(e,i){let n=new Set;for(let{path:o,blob:s}of e){let r=this.files.get(o);if(r!==void 0){for(let a of this.digestsOf(r))this.locations.get(a.key)?.delete(o),n.add(a.key);this.files.delete(o)}if(s!==void 0){this.files.set(o,s);for(let a of this.digestsOf(s,r)){let p=this.locations.get(a.key);p||this.locations.set(a.key,p=new Set),p.add(o),n.add(a.key)}}}for(let o of n)this.update(o,i)}update(e,i){let n=this.locations.get(e),o=this.objects.get(e);if(!n||n.size===0){o&&(o.alive=!1);return}let s=n.size===1?n.values().next().value:[...n].sort(x)[0],r=this.files.get(s),a=this.digestsOf(r).find(l=>l.key===e),p=o??{key:e,id:a.id,revisions:[],alive:!0};o||this.objects.set(e,p),p.alive=!0;let c=p.revisions[p.revisions.length-1];if(c&&c.hash===a.hash)return;let m={number:p.revisions.length+1,hash:a.hash,path:s,blob:r};a.version&&(m.version=a.version),i.commit&&(m.commit=i.commit),i.time!==void 0&&(m.time=i.time),i.uncommitted&&(m.uncommitted=!0),p.revisions.push(m)}digestsOf(e,i){let n=this.blobDigests.get(e);if(!n){let o=i===void 0?void 0:this.blobDigests.get(i);n=this.digester.fileVersion(this.texts.get(e)??"",o),this.blobDigests.set(e,n)}return n.objects}};function Ci(t,e,i,n,o){let s=new ft(e,i,o);for(let r of t)s.apply(r);return n&&s.applyWorktree(n),s.result()}var kr="each object's current content is its only revision (v1)",Ep=()=>({texts:new Map,digesters:new Map});function qi(t,e,i,n,o,s){let r=Ti(t,{accept:Pe(e,i),rev:o,knownTexts:s?.texts});if(r.kind==="none")return{diagnostics:[q("no-history",`${r.reason}: ${kr}`)]};if(r.kind==="failed")return{diagnostics:[P("no-history",`could not read the git history: ${r.message}`,void 0,"fix the repository, or pass --no-history to use each object's current content as its only revision")]};let{head:a,shallow:p,commits:c,texts:m}=r.history,l=s?.digesters.get(e.systemNamespace);s&&!l&&s.digesters.set(e.systemNamespace,l=new K(e.systemNamespace));let u=Ci(c,m,e.systemNamespace,n,l),d=[];return p&&d.push(D("shallow-history",`this is a shallow clone: revisions are read from ${Q(c.length,"commit")} only, so basic revision numbers cannot be counted and old versions may be missing`,void 0,"fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)")),{history:{index:u,truncated:p},sourceCommit:a,diagnostics:d}}import{existsSync as Sr,readFileSync as xr}from"node:fs";import{join as Mr,resolve as Rr}from"node:path";var wr="out/rendered";function Vi(t,e){return Rr(t??Mr(e??wr,kt))}function Oi(t){if(!Sr(t))return{diagnostic:P("lock-missing",`--locked: there is no lock file at ${t}`,void 0,"render once without --locked, or pass --lock-file PATH")};let e;try{e=xr(t,"utf8")}catch(n){return{diagnostic:P("lock-invalid",`--locked: cannot read ${t}: ${n.message}`)}}let i=xt(e);return"problem"in i?{diagnostic:P("lock-invalid",`--locked: ${t} is not a usable hubcast lock: ${i.problem}`,{file:t,line:1,column:1},"delete it and render without --locked to write a new one (or restore it from git), or pass --lock-file PATH to a good lock")}:i.lock.references?{lock:i.lock}:{lock:i.lock,diagnostic:P("lock-outdated",`--locked: ${t} records no spec references (the Environment, WorkloadProfile, ProfileBundle and definition revisions each reference resolved to): it was written by an older hubcast${i.lock.hubcastVersion?` (${String(i.lock.hubcastVersion)})`:""}`,{file:t,line:1,column:1},"render once without --locked to record them in the lock, then commit the new lock")}}async function sc(t){let e=ht(t.repo);if(!Tr(e)||!Cr(e).isDirectory())return Ii([P("repo-not-found",`repository folder ${t.repo} does not exist`,void 0,"pass --repo DIR pointing at your spec repository")]);let i=[],n=await Vr({dir:e,configFile:()=>bn(e),renderRoots:()=>i=Pn(e),files:(s,r)=>Ze(e,s,r,new Set(i))},t);if(t.specsOptional||qr(n)!==0)return n;let o=P("no-specs",`no specs found in ${t.repo}: no file holds a spectrocloud.com/v1beta1 object`,void 0,"point --repo (the Action: the repo input) at the folder of your spec YAML files; to remove everything hubcast delivered, delete the generated branch");return{...n,ok:!1,diagnostics:ie([...n.diagnostics,o])}}function qr(t){if(!(!t.repo||T(t.diagnostics)))return Object.values(t.repo.specs).reduce((e,i)=>e+i.length,0)}async function Vr(t,e){let{config:i,diagnostics:n}=Kt(t.configFile());if(T(n))return Ii(n);let o=ut(i,t.dir,e.cacheDir).cacheDir,s=t.renderRoots?.()??[],r=[...Ye(t.dir,e.out),...Ye(t.dir,o),...s.map(ln)],a=t.files(i,r);e.history!==!1&&e.onStage?.("history");let p=e.history===!1?{diagnostics:[]}:qi(t.dir,i,r,a,t.rev,e.historyCache);e.inventory&&a.push(...Or(t.dir,e.inventory,i,a));let c=Mn(i.systemNamespace),m=s.map(k=>q("render-skipped",`${k}/ holds a hubcast render (${_e}, or a lock beside a kustomization.yaml); its files are not read as specs`)),l=[...n,...m,...p.diagnostics,...c.diagnostics],u=e.now instanceof Date?e.now.getTime():e.now,d=e.locked?Oi(Vi(e.lockFile,e.out)):void 0,f=vi({files:a,config:i,stockDefinitions:c.definitions,layout:e.layout,emit:e.emit,now:u,requireReady:e.requireReady,history:p.history,sourceCommit:e.sourceCommit??p.sourceCommit,lockedReferences:d?.lock?.references,onStage:e.onStage,memo:e.memo,into:T(l)?void 0:e.into});Pi(f)&&await Wt();let y=ji(f);await Promise.all([Bt(ki(y)),Si(y)?Qt():void 0]);let h=xi(y);h.sources.requests.length&&e.onStage?.("sources");let g={...e,now:u===void 0?void 0:new Date(u)},v=d&&!d.lock?{resolutions:new Map,diagnostics:[]}:await wi(h,t.dir,g,d&&(d.lock?.sources??{}));d?.diagnostic&&v.diagnostics.push(d.diagnostic);let b=Mi(h,v.resolutions,v.diagnostics);return{...b,diagnostics:ie([...l,...b.diagnostics]),ok:b.ok&&!T(l)}}function Or(t,e,i,n){let o=ht(e),s=Ze(o,{...i,include:["**/*.yaml","**/*.yml","**/*.json"],exclude:[]}),r=new Set(n.map(u=>u.fileId).filter(Boolean)),a=new Set(n.map(u=>u.path)),p=u=>{try{return Lr(u)}catch{return ht(u)}},c=Nr(p(t),p(o)).split($r).join("/"),m=!c.startsWith("..")&&!Dr(c),l=[];for(let u of s){let d=m?c?`${c}/${u.path}`:u.path:void 0;r.has(u.fileId)||d&&a.has(d)||l.push({path:d??`${e.replace(/\/$/,"")}/${u.path}`,text:u.text})}return l}function Ii(t){return{diagnostics:t,ok:!1,layout:"replicaset"}}export{Pr as a,Er as b,Qe as c,ri as d,Ee as e,hi as f,Pp as g,Ep as h,bn as i,sc as j,qr as k,Vr as l};
//# sourceMappingURL=chunk-LRS6LWUV.mjs.map
