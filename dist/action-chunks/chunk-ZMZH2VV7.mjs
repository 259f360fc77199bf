import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import{b as tn,c as H,d as Ke}from"./chunk-M5K5KOEW.mjs";import{$ as Kt,A as kt,B as St,C as xt,D as Oe,E as Mt,F as Rt,G as wt,H as Dt,I as Nt,J as W,K as $t,L as Tt,M as Lt,N as Ie,O as Ct,P as qt,Q as Vt,R as Ot,S as Ae,T as It,U as At,V as Et,W as ue,X as ee,Y as fe,Z as zt,_ as Ft,aa as Ht,ba as te,c as ut,ca as Ut,d as ft,da as _,ea as Gt,fa as Ee,ga as Jt,h as me,ha as Wt,i as ht,ia as ze,j as Q,ja as _t,k as yt,ka as Bt,l as gt,la as Zt,ma as Yt,n as G,na as Fe,o as I,oa as Xt,p as le,q as bt,qa as Qt,r as vt,ra as ne,s as Pt,sa as he,ta as en,u as jt,w as J,y as de}from"./chunk-CAC5OJMP.mjs";import{a as j,b as D,c as T,e as N,f as X,h as M,i as O,j as Li}from"./chunk-2LFQ2DZB.mjs";import{d as ce}from"./chunk-SWNFK4JW.mjs";import{isAbsolute as Sr,relative as xr,resolve as mt,sep as Mr}from"node:path";import{existsSync as Rr,realpathSync as wr,statSync as Dr}from"node:fs";import{existsSync as Ii,readdirSync as sn,readFileSync as Ai,statSync as an}from"node:fs";import{join as ye,relative as pn,resolve as rn,sep as cn}from"node:path";import{isUtf8 as Ci}from"node:buffer";function nn(t){let e=t.toString("utf8");if(Ci(t))return{text:e};let i=qi(t),n=t.lastIndexOf(10,i-1)+1,o=1;for(let r=t.indexOf(10);r>=0&&r<i;r=t.indexOf(10,r+1))o++;let s=t.subarray(n,i).toString("utf8").length+1;return{text:e,invalidAt:{line:o,column:s,byte:i}}}function qi(t){let e=0;for(;e<t.length;){let i=t[e];if(i<128){e++;continue}let n,o=128,s=191;if(i>=194&&i<=223)n=1;else if(i>=224&&i<=239)n=2,i===224&&(o=160),i===237&&(s=159);else if(i>=240&&i<=244)n=3,i===240&&(o=144),i===244&&(s=143);else return e;for(let r=1;r<=n;r++){let a=t[e+r];if(a===void 0||a<(r===1?o:128)||a>(r===1?s:191))return e}e+=n+1}return t.length}var He=".hubcast-render",Vi="hubcast.lock.json",Oi="kustomization.yaml";function Ue(t){return t.has(He)||t.has(Vi)&&t.has(Oi)}function Vr(t){let e=new Map;for(let n of t){let o=n.lastIndexOf("/");if(o<0)continue;let s=n.slice(0,o),r=e.get(s);r||e.set(s,r=new Set),r.add(n.slice(o+1))}let i=[...e].filter(([,n])=>Ue(n)).map(([n])=>n).sort();return i.filter(n=>!i.some(o=>o!==n&&n.startsWith(`${o}/`)))}var on=t=>`${t}/**`;var mn=new Set([".git","node_modules"]);function ln(t){let e=ye(t,Ae);return Ii(e)?dn(e,Ae):void 0}function dn(t,e){let{text:i,invalidAt:n}=nn(Ai(t));return n?{path:e,text:i,invalidUtf8:n}:{path:e,text:i}}function Ge(t,e,i=[],n=new Set){let o=fe(e,i),s=[],r=a=>{for(let p of sn(a).sort(M)){if(mn.has(p))continue;let m=ye(a,p),c=an(m),d=pn(t,m).split(cn).join("/");c.isDirectory()?n.has(d)||r(m):c.isFile()&&o(d)&&s.push({...dn(m,d),fileId:`${c.dev}:${c.ino}`})}};return r(t),s}function un(t){let e=[],i=(n,o)=>{let s=sn(n,{withFileTypes:!0});if(o&&Ue(new Set(s.map(r=>r.name)))){e.push(o);return}for(let r of s.sort((a,p)=>M(a.name,p.name))){if(mn.has(r.name))continue;(r.isDirectory()||r.isSymbolicLink()&&an(ye(n,r.name),{throwIfNoEntry:!1})?.isDirectory())&&i(ye(n,r.name),o?`${o}/${r.name}`:r.name)}};return i(t,""),e}function Je(t,e){if(!e)return[];let i=pn(rn(t),rn(e)).split(cn).join("/");return i&&!i.startsWith("..")?[`${i}/**`]:[]}import{existsSync as Ei,readdirSync as zi,readFileSync as Fi,statSync as Ki}from"node:fs";import{join as Hi,posix as Ui,relative as Gi,sep as yn}from"node:path";var gn=ce(Ie(),1);var We=[{path:"templates/components/cron-task.yaml",text:`apiVersion: hubcast.io/v1alpha1
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
`}},origins:{patch:[47,5]},hash:"00a5c18003d7c7d3eeea699380ba12085b174ff84af1b12849511f4ea9dec464"}]}];function Ji(t,e){let i=[],n=o=>{for(let s of zi(o).sort(M)){let r=Hi(o,s);if(Ki(r).isDirectory())n(r);else if(/\.ya?ml$/.test(s)){let a=Gi(t,r).split(yn).join("/");i.push({path:Ui.join(e,a),text:Fi(r,"utf8")})}}};return n(t),i.sort((o,s)=>M(o.path,s.path))}function bn(t="mural-system",e={}){if(e.dir!==void 0)return hn(t,e);let i=fn.get(t);return i||fn.set(t,i=hn(t,e)),{definitions:[...i.definitions],diagnostics:[...i.diagnostics]}}var fn=new Map;function hn(t,e){let i=[],n=[],o=e.dir===void 0;if(!o&&!Ei(e.dir))return{definitions:i,diagnostics:[j("definitions-dir",`definition directory ${e.dir} does not exist`)]};let s=e.displayPrefix??(o?"templates":e.dir.split(yn).join("/")),r=o?We:Ji(e.dir,s),a=o?new Map(We.map(p=>[p.path,p])):void 0;for(let p of r){let m=a?.get(p.path),c=m?Wi(p,m):W(p);n.push(...c.diagnostics);for(let d of c.documents){let{apiVersion:u,kind:l}=d.body;if(u!==ee||typeof l!="string"||!te.includes(l)){n.push(j("not-a-definition",`expected a definition (${ee} ${te.join(" | ")})`,d.pos(["kind"])));continue}let f=d.body.metadata??{},h=typeof f.namespace=="string"?f.namespace:t,g=$t(d,l,h,typeof f.name=="string"?f.name:""),y=m?.documents[d.docIndex],{definition:P,diagnostics:b}=_(g,t,{text:p.text,lazyTemplates:e.dir===void 0,origins:y?.origins,checked:y&&{hash:y.hash}});n.push(...b),P&&i.push(P)}}return i.sort((p,m)=>M(p.kind,m.kind)||M(p.name,m.name)||gn.default.compare(p.version,m.version)),{definitions:i,diagnostics:n}}function Wi(t,e){let i;return{documents:e.documents.map((o,s)=>({file:t.path,docIndex:s,body:structuredClone(o.body),pos:r=>(i??=W(t).documents)[s].pos(r)})),diagnostics:[]}}var A=ce(Ie(),1);var U=ce(Ie(),1);import{hash as _i}from"node:crypto";function vn(t){let e=new Map;for(let i of t){let n={number:1,hash:ie(i.body),current:!0,object:i},o=B(i.body);o&&(n.version=o),e.set(`${i.id.kind}/${i.id.namespace}/${i.id.name}`,[n])}return{revisions:i=>e.get(`${i.kind}/${i.namespace}/${i.name}`)??[]}}function B(t){let e=t.spec,i=typeof e?.version=="string"?e.version.replace(/^v/,""):void 0;return i&&Bi(i)?i:void 0}var ge=new Map;function Bi(t){let e=ge.get(t);return e===void 0&&(ge.size>1e4&&ge.clear(),ge.set(t,e=U.default.valid(t)!==null)),e}function ie(t){let e=t.metadata??{},i={apiVersion:t.apiVersion??null,kind:t.kind??null,metadata:{name:e.name??null,namespace:e.namespace??null,labels:e.labels??null,annotations:e.annotations??null},spec:t.spec??null};return _i("sha256",_e(i),"hex")}function _e(t){if(t===null||typeof t!="object")return JSON.stringify(t)??"null";if(Array.isArray(t)){let n="[";for(let o=0;o<t.length;o++)o>0&&(n+=","),o in t&&(n+=_e(t[o]));return`${n}]`}let e=Object.keys(t).sort(),i="{";for(let n=0;n<e.length;n++)n>0&&(i+=","),i+=`${JSON.stringify(e[n])}:${_e(t[e[n]])}`;return`${i}}`}function be(t){let e=t.indexOf("@");return e<0?{name:t}:{name:t.slice(0,e),pin:t.slice(e+1)}}function Pn(t,e,i){let n=Be(t);if(t.length===0)return{available:n};if(e===void 0)return{revision:t.find(u=>u.current),by:"current",available:n};let o=t.filter(u=>u.version),s=i==="semantic"&&o.length>0,r=/^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(e);if(!r)return{available:n};let[,a,p,m,c]=r;if(p===void 0&&!s)return e.startsWith("v")?{revision:t.find(u=>u.number===Number(a)),by:"basic",available:n}:{available:n};if(o.length===0)return{available:n};if(m!==void 0){let u=e.replace(/^v/,""),l=o.filter(f=>U.default.eq(f.version,u));return{revision:l[l.length-1],by:"semantic",available:n}}if(c)return{available:n};let d=p===void 0?`${a}.x`:`${a}.${p}.x`;return{revision:Zi(o,d),by:"semantic",available:n}}function ve(t,e){return e.version?t.filter(i=>i!==e&&i.version&&i.hash!==e.hash&&U.default.eq(i.version,e.version)):[]}function Zi(t,e){let i;for(let n of t)U.default.satisfies(n.version,e)&&(!i||U.default.compare(n.version,i.version)>=0)&&(i=n);return i}function Be(t){if(t.length===0)return"no revisions";let e=t.length===1?"v1":`v1..v${t[t.length-1].number}`,i=[...new Set(t.map(n=>n.version).filter(n=>!!n))].sort(U.default.compare);return i.length?`${e}; semantic versions ${i.join(", ")}`:e}function jn(t,e,i,n,o,s){let{name:r,pin:a}=be(i),p=[n,...n===t.systemNamespace?[]:[t.systemNamespace]],m=p.map(b=>({ns:b,revs:t.revisions.revisions({kind:e,namespace:b,name:r})})).filter(b=>b.revs.length>0),c=m.find(b=>b.revs.some(S=>S.current))??m.find(b=>!t.isInvalid(e,b.ns,r));if(!c||a===void 0&&!c.revs.some(b=>b.current)){if(p.some(b=>t.isInvalid(e,b,r)))return;if(c){s.push(j("deleted-reference",`${e} ${c.ns}/${r} no longer exists`,o,`restore it, or pin one of its revisions from history: ${r} has ${Be(c.revs)}`));return}Yi(t,e,r,p,o,s);return}let{ns:d,revs:u}=c,l={kind:e,namespace:d,name:r},{revision:f,by:h,available:g}=Pn(u,a,t.versioning);if(!f){s.push(j("unknown-revision",`${e} ${d}/${r} has no revision "${a}"`,o,`${r} has ${g}`));return}if(h==="basic"&&t.revisions.truncated){s.push(j("shallow-history",`${e} ${d}/${r}@${a} names a basic revision, but this clone has only part of the history, so revisions cannot be counted`,o,"fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)"));return}if(!f.current){let{problems:b,valid:S}=t.check(e,f);if(s.push(...b),!S){s.push(j("invalid-revision",`${e} ${d}/${r}@${a} is revision v${f.number}${f.commit?` of commit ${f.commit.slice(0,7)}`:""}, which is not valid today`,o,`see the errors at ${f.object.file}; pin another revision (${r} has ${g})`));return}}let y=h==="semantic"?ve(u,f):[];y.length&&s.push(Ze(`${e} ${d}/${r}`,f.version,y,f,o));let P=d!==n;return P&&s.push(T("system-namespace-fallback",`${e} "${r}" not found in namespace ${n}; using ${d}/${r} from the system namespace`,o)),{ref:i,id:l,revision:f,fromSystemNamespace:P,at:o}}function Ze(t,e,i,n,o){let s=r=>`v${r.number}${r.commit?` (commit ${r.commit.slice(0,7)})`:r.uncommitted?" (uncommitted)":""}`;return D("version-reused",`${t} version ${e} was committed with different contents: ${[...i,n].map(s).join(", ")}; using the later, v${n.number}`,o,"a version should name one content: bump spec.version whenever the object changes")}function Yi(t,e,i,n,o,s){let r=[...new Set(n.flatMap(p=>t.names(e,p)))],a=O(i,r);s.push(j("unknown-reference",`${e} "${i}" not found in namespace ${n.join(" or ")}`,o,a?`did you mean "${a}"?`:r.length?`available: ${r.sort().join(", ")}`:`no ${e} exists in ${n.join(" or ")}`))}var Pe=class{constructor(e,i,n){this.history=n;let o=new Map;for(let s of[...e,...i])o.set(`${s.kind}/${s.namespace}/${s.name}@${s.version}`,s);for(let s of o.values()){let r=`${s.kind}/${s.namespace}/${s.name}`,a=this.byKey.get(r)??[];a.push(s),this.byKey.set(r,a)}for(let s of this.byKey.values())s.sort((r,a)=>A.default.compare(r.version,a.version))}history;byKey=new Map;fromHistory=new Map;historicalRevision=new WeakMap;invalid=new Set;all(){return[...this.byKey.values()].flat().sort((e,i)=>M(e.kind,i.kind)||M(e.name,i.name)||A.default.compare(e.version,i.version))}versions(e,i,n){return this.byKey.get(`${e}/${i}/${n}`)??[]}resolve(e,i,n,o,s){let{name:r,pin:a}=be(i),p=(d,u)=>{let l=this.historical({kind:e,namespace:d,name:r},u,a);if(l){if(s.push(...l.diagnostics),l.definition){let f=l.revision.commit?`as of commit ${l.revision.commit.slice(0,7)}`:"uncommitted";s.push(T("definition-from-history",`${e} ${r} ${l.definition.version} is no longer in the tree; using it ${f}`,o))}return l}};for(let d of n){let u=this.versions(e,d,r);if(u.length===0)continue;let l=Xi(u,a);if(l)return this.checkReused(l,o,s),l;let f=p(d,u);if(f)return f.definition;s.push(j("unknown-definition-version",`${e} "${r}" has no version matching "${a}"`,o,`available versions: ${u.map(h=>h.version).join(", ")}`));return}for(let d of n){let u=p(d,[]);if(u)return u.definition}if(n.some(d=>this.invalid.has(`${e}/${d}/${r}`)))return;let m=[...new Set(n.flatMap(d=>[...this.byKey.keys()].filter(u=>u.startsWith(`${e}/${d}/`)).map(u=>u.split("/")[2])))],c=O(r,m);s.push(j("unknown-definition",`${e} "${r}" does not exist`,o,c?`did you mean "${c}"?`:`available: ${m.sort(M).join(", ")}`))}historical(e,i,n){let o=n?.replace(/^v/,"");if(!this.history?.revisions.definitionRevisions||!o||!A.default.valid(o)||i.some(m=>A.default.eq(m.version,o)))return;let s=this.history.revisions.definitionRevisions(e,A.default.valid(o)),r=s[s.length-1];if(!r)return;let{definition:a,diagnostics:p}=this.parsed(r);return{definition:a,revision:r,diagnostics:p}}parsed(e){let i=this.fromHistory.get(e);if(i)return{definition:i.definition,diagnostics:[]};let n=_(e.object,this.history.systemNamespace);return this.fromHistory.set(e,n),n.definition&&this.historicalRevision.set(n.definition,e),n}revisionOf(e){let i=this.historicalRevision.get(e);return i||this.history?.revisions.definitionRevisions?.(e.source.id,e.version).find(n=>n.current)}locked(e,i,n,o,s){let r=this.versions(e,i,n).find(p=>p.version===o&&p.hash===s);if(r)return{definition:r,diagnostics:[]};let a=this.history?.revisions.definitionRevisions?.({kind:e,namespace:i,name:n},o)??[];for(let p of[...a].reverse()){if(p.current)continue;let m=this.parsed(p);if(m.definition?.hash===s)return m}}checkReused(e,i,n){let o=this.history?.revisions.definitionRevisions?.(e.source.id,e.version)??[],s=o.find(a=>a.current),r=s?ve(o,s):[];r.length&&n.push(Ze(`${e.kind} ${e.namespace}/${e.name}`,e.version,r,s,i))}};function Xi(t,e){if(e===void 0)return t[t.length-1];let i=/^v?(\d+)(?:\.(\d+))?(?:\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?)?$/.exec(e);if(!i)return;let[,n,o,s]=i;if(s!==void 0)return t.find(p=>A.default.eq(p.version,e.replace(/^v/,"")));let r=o===void 0?`${n}.x`:`${n}.${o}.x`,a;for(let p of t)A.default.satisfies(p.version,r)&&(!a||A.default.gt(p.version,a.version))&&(a=p);return a}function kn(t,e,i){return`${t}/${e}/${i}`}var Sn="render without --locked to resolve it and record it in the lock",je=class{constructor(e){this.locked=e}locked;recorded=new Map;entries(){return Object.fromEntries([...this.recorded.keys()].sort(M).map(e=>[e,this.recorded.get(e)]))}ref(e,i,n,o,s,r){let a=kn(i,o,n),p=[],m=jn(e,i,n,o,s,p),c=this.locked?.[a];if(!this.locked||!c||m&&Qi(c,m)){if(r.push(...p),this.locked&&!c&&m){r.push(j("reference-not-locked",`${i} ${o}/${n} is not in the lock file`,s,Sn));return}return m&&this.recorded.set(a,Ye(m)),m}let d=e.revisions.revisions({kind:i,namespace:c.namespace,name:c.name}),u=d.find(h=>h.hash===c.hash&&h.number===c.revision)??[...d].reverse().find(h=>h.hash===c.hash),l=`${i} ${o}/${n}`;if(!u){r.push(...p.filter(h=>h.severity==="error"),Rn(l,c,s));return}if(!u.current&&!this.valid(e,i,u,l,c,s,r))return;let f={ref:n,id:{kind:i,namespace:c.namespace,name:c.name},revision:u,fromSystemNamespace:c.namespace!==o,at:s};return r.push(Mn(l,c,m?Ye(m):void 0,p,s)),this.recorded.set(a,Ye(f)),f}definition(e,i,n,o,s,r){let a=kn(i,o[0],n),p=[],m=e.resolve(i,n,o,s,p),c=this.locked?.[a],d=f=>this.recorded.set(a,xn(n,f,e.revisionOf(f)));if(!this.locked||!c||m&&eo(c,m)){if(r.push(...p),this.locked&&!c&&m){r.push(j("reference-not-locked",`${i} ${o[0]}/${n} is not in the lock file`,s,Sn));return}return m&&d(m),m}let u=`${i} ${o[0]}/${n}`,l=c.version?e.locked(i,c.namespace,c.name,c.version,c.hash):void 0;if(!l?.definition){r.push(...p.filter(f=>f.severity==="error"),...l?.diagnostics??[],Rn(u,c,s));return}return r.push(Mn(u,c,m?xn(n,m,e.revisionOf(m)):void 0,p,s)),d(l.definition),l.definition}valid(e,i,n,o,s,r,a){let{problems:p,valid:m}=e.check(i,n);return a.push(...p),m||a.push(j("invalid-revision",`${o} is locked to ${oe(s)}, which is not valid today`,r,`see the errors at ${n.object.file}; render without --locked to re-resolve it`)),m}};function Ye(t){let e=t.revision,i={kind:t.id.kind,namespace:t.id.namespace,name:t.id.name,ref:t.ref,revision:e.number,hash:e.hash};return e.version&&(i.version=e.version),e.commit&&(i.commit=e.commit),e.uncommitted&&(i.uncommitted=!0),i}function xn(t,e,i){let n={kind:e.kind,namespace:e.namespace,name:e.name,ref:t,version:e.version,hash:e.hash};return i?.commit&&(n.commit=i.commit),i?.uncommitted&&(n.uncommitted=!0),n}var Qi=(t,e)=>t.namespace===e.id.namespace&&t.name===e.id.name&&t.hash===e.revision.hash,eo=(t,e)=>t.namespace===e.namespace&&t.name===e.name&&t.version===e.version&&t.hash===e.hash;function oe(t){let e=[t.version&&t.revision!==void 0?`v${t.revision}`:void 0,t.commit?`commit ${t.commit.slice(0,7)}`:t.uncommitted?"uncommitted":`sha256:${t.hash.slice(0,12)}`].filter(Boolean);return`${t.version??`v${t.revision}`} (${e.join(", ")})`}function to(t,e){let i=t.namespace!==e.namespace||t.name!==e.name,[n,o]=[oe(t),oe(e)];return n===o&&([n,o]=[`${n} sha256:${t.hash.slice(0,12)}`,`${o} sha256:${e.hash.slice(0,12)}`]),i?[`${t.namespace}/${t.name} ${n}`,`${e.namespace}/${e.name} ${o}`]:[n,o]}function Mn(t,e,i,n,o){let s=n.find(p=>p.severity==="error"),[r,a]=i?to(e,i):[oe(e),""];return D("lock-drift",i?`${t} is locked to ${r} but would now resolve to ${a}`:`${t} is locked to ${r} but would now fail to resolve: ${s?.message??"no revision matches"}`,o,i?"render without --locked to take the new revision":"fix the reference, then render without --locked to record it")}function Rn(t,e,i){return j("locked-revision-missing",`${t} is locked to ${e.namespace}/${e.name} ${oe(e)}, which is no longer in the history`,i,"render without --locked to re-resolve it and record the new revision in the lock (the history must reach it: fetch the full history of a shallow clone, and leave out --no-history)")}function ke(t){return t.body.spec.workload.components.map((i,n)=>{let o=["spec","workload","components",n],s=(i.traits??[]).map((r,a)=>({type:String(r.type),properties:r.properties??{},pos:p=>t.pos([...o,"traits",a,"properties",...p]),typePos:t.pos([...o,"traits",a,"type"])}));return{name:String(i.name),type:String(i.type),properties:i.properties??{},traits:s,pos:r=>t.pos([...o,"properties",...r]),typePos:t.pos([...o,"type"])}})}function no(t,e){return t.includes("*")?new RegExp(`^${t.split("*").map(io).join(".*")}$`).test(e):t===e}function io(t){return t.replace(/[.+?^${}()|[\]\\]/g,"\\$&")}function Nn(t,e){let i=[],n=e.body.spec.policies??[],o=t;return n.forEach((s,r)=>{if(s.type!=="override")return;let a=s.properties??{};if((a.components??[]).forEach((m,c)=>{let d=["spec","policies",r,"properties","components",c],u=typeof m.name=="string",l=u?String(m.name):"*",f=typeof m.type=="string"?m.type:void 0,h=o.filter(y=>no(l,y.name)&&(u||f===void 0||Xe(f,y.type))),g=e.pos([...d,u?"name":"type"]);if(h.length===0){if(u&&!l.includes("*")&&f!==void 0){i.push({severity:"info",code:"override-matched",message:`override "${l}" adds component "${l}"`,...g}),o=[...o,wn(l,f,m,e,d)];return}i.push(D("override-no-match",`override for component "${l}" matches no component of any profile deployed to this environment`,g,u&&!l.includes("*")?"give the override a `type` to add the component where it is missing":void 0));return}i.push({severity:"info",code:"override-matched",message:`override "${l}" matched`,...g}),o=o.map(y=>h.includes(y)?f!==void 0&&!Xe(f,y.type)?wn(y.name,f,m,e,d):oo(y,m,e,d):y)}),Array.isArray(a.selector)){let m=new Set(a.selector.map(String));o=o.filter(c=>m.has(c.name))}}),{components:o,diagnostics:i}}function wn(t,e,i,n,o){let s=[];return(i.traits??[]).forEach((r,a)=>{if(r.disable===!0)return;let p=[...o,"traits",a];s.push({type:String(r.type),properties:r.properties??{},pos:m=>n.pos([...p,"properties",...m]),typePos:n.pos([...p,"type"])})}),{name:t,type:e,properties:i.properties??{},traits:s,pos:r=>n.pos([...o,"properties",...r]),typePos:n.pos([...o,"type"])}}function Xe(t,e){return t.split("@")[0]===e.split("@")[0]}function oo(t,e,i,n){let o=e.properties??void 0,s=o?Ee(t.properties,o,null):t.properties,r=o?Dn(o,p=>i.pos([...n,"properties",...p]),t.pos):t.pos,a=t.traits;return(e.traits??[]).forEach((p,m)=>{let c=String(p.type),d=[...n,"traits",m],u=a.findIndex(y=>Xe(y.type,c));if(p.disable===!0){u>=0&&(a=a.filter((y,P)=>P!==u));return}let l=p.properties??{},f=y=>i.pos([...d,"properties",...y]);if(u<0){a=[...a,{type:c,properties:l,pos:f,typePos:i.pos([...d,"type"])}];return}let h=a[u],g={type:c.includes("@")?c:h.type,properties:Ee(h.properties,l,null),pos:Dn(l,f,h.pos),typePos:h.typePos};a=a.map((y,P)=>P===u?g:y)}),{...t,type:typeof e.type=="string"&&e.type.includes("@")?e.type:t.type,properties:s,traits:a,pos:r}}function Dn(t,e,i){return n=>ro(t,n)?e(n):i(n)}function ro(t,e){let i=t;for(let n of e)if(i===null||typeof i!="object"||(i=Array.isArray(i)?i[n]:i[String(n)],i===void 0))return!1;return e.length>0}var so=["system","project","bundle","deployment"];function $n(t){let e=[],i=[...Qe(t.system,"system",["spec","variables"]),...t.project&&t.project!==t.system?Qe(t.project,"project",["spec","variables"]):[],...Qe(t.bundle,"bundle",["spec","variableSet","variables"]),...ao(t.deployment)],n=new Map,o=new Map;for(let r of so)for(let a of i.filter(p=>p.source===r)){let p=o.get(a.name),m=n.get(a.name);if(r==="deployment"&&!m){e.push(j("undeclared-variable",`variable "${a.name}" is not declared in any VariableSet or in the ProfileBundle`,a.at,n.size?`declared variables: ${[...n.keys()].sort().join(", ")}`:"declare it in the project VariableSet first"));continue}if(p?.locked&&a.value!==void 0){e.push(j("locked-variable",`variable "${a.name}" is locked by the ${p.source} VariableSet at ${co(p.at)} and cannot be overridden here`,a.at,"remove this value, or unlock the variable where it is locked"));continue}let c=a.type??m?.type;if(a.value!==void 0&&c){let d=po(a.value,c);if(d){e.push(j("variable-type",`variable "${a.name}" ${d} (variableType ${c})`,a.at));continue}}(!m||r!=="deployment")&&n.set(a.name,{...a,type:c,required:a.required||!!m?.required}),(a.value!==void 0||!p)&&o.set(a.name,{...a,type:c,locked:a.locked||!!p?.locked})}let s=new Map;for(let r of[...n.keys()].sort()){let a=o.get(r),p=n.get(r);if(a.value===void 0||a.value===null){p.required&&e.push(j("missing-variable",`required variable "${r}" has no value`,t.deployment.pos(["spec"]),"set it in spec.variables of this WorkloadDeployment"));continue}s.set(r,{name:r,value:a.value,type:p.type,source:a.source,at:a.at,locked:a.locked})}return{variables:s,diagnostics:e}}function Qe(t,e,i){if(!t)return[];let n=t.body;for(let o of i)n=G(n)?n[o]??null:null;return Array.isArray(n)?n.map((o,s)=>{let r=o;return{name:String(r.name),value:r.value===void 0?void 0:r.value,type:r.variableType,required:r.validationMode==="required",locked:r.locked===!0,source:e,at:t.pos([...i,s,r.value===void 0?"name":"value"])}}):[]}function ao(t){let e=t.body.spec.variables,i={required:!1,locked:!1,source:"deployment"};return Array.isArray(e)?e.map((n,o)=>{let s=n;return{...i,name:String(s.name),value:s.value??null,at:t.pos(["spec","variables",o,"value"])}}):e&&typeof e=="object"?Object.keys(e).sort().map(n=>({...i,name:n,value:e[n],at:t.pos(["spec","variables",n])})):[]}function po(t,e){switch(e){case"string":return typeof t=="string"?void 0:"must be a string";case"bool":return typeof t=="boolean"?void 0:"must be true or false";case"int32":return Number.isInteger(t)&&Math.abs(t)<=2147483647?void 0:"must be a 32-bit integer";case"int64":return Number.isSafeInteger(t)?void 0:"must be an integer";case"float32":case"float64":return typeof t=="number"?void 0:"must be a number"}}function co(t){return`${t.file}:${t.line}:${t.column}`}function Tn(t,e){let i=[],{config:n,specs:o}=t,s=Object.values(o).flat(),r=e.revisions??vn(s),a=new Map;for(let g of s){let y=`${g.id.kind}/${g.id.namespace}`;a.set(y,[...a.get(y)??[],g.id.name])}let p={revisions:r,names:(g,y)=>a.get(`${g}/${y}`)??[],systemNamespace:n.systemNamespace,versioning:n.versioning,isInvalid:(g,y,P)=>t.invalid.has(`${g}/${y}/${P}`),check:mo()},m=new Pe(e.stockDefinitions,e.repoDefinitions,{revisions:r,systemNamespace:n.systemNamespace});m.invalid=t.invalid;let c=g=>o.VariableSet.find(y=>y.id.namespace===g&&y.id.name===n.variableSetName),d=new je(e.locked),u=[],l=new Map,f=new Set,h=new Set;for(let g of o.WorkloadDeployment){let y=[],P=lo(g,p,d,m,c,b=>It(n,b),y,h,n.variableSetName);for(let b of y){let S=`${b.file}:${b.line}:${b.column}`;b.code==="override-no-match"?l.set(S,b):b.code==="override-matched"?f.add(S):i.push(b)}P&&!N(y)&&u.push(P)}for(let[g,y]of l)f.has(g)||i.push(y);return uo(o.WorkloadProfile,h,m,n.systemNamespace,i),ho(o.VariableSet,n.variableSetName,i),{deployments:u,definitions:m,revisions:r,references:d.entries(),diagnostics:i}}function mo(){let t=new WeakMap;return(e,i)=>{let n=t.get(i);if(n!==void 0)return{problems:[],valid:n};let o=i.object,s=ue.includes(e)?Ft(e,o.body,o.pos):[];return t.set(i,s.length===0),{problems:s,valid:s.length===0}}}function lo(t,e,i,n,o,s,r,a,p){let m=t.body.spec,c=t.id.namespace,d=x=>m[x],u=d("environmentRef"),l=i.ref(e,"Environment",u.name,u.namespace??c,t.pos(["spec","environmentRef","name"]),r),f,h=d("profileBundleRef");h&&(f=i.ref(e,"ProfileBundle",h.name,h.namespace??c,t.pos(["spec","profileBundleRef","name"]),r));let g=d("workloadProfileRef"),y=t.pos(["spec","workloadProfileRef","name"]);if(!g&&f){let x=f.revision.object;g=x.body.spec.workloadProfileRef,y=x.pos(["spec","workloadProfileRef","name"])}if(!g){r.push(j("missing-profile","WorkloadDeployment names no WorkloadProfile",t.pos(["spec"]),"set spec.workloadProfileRef, or a spec.profileBundleRef whose bundle has a workloadProfileRef"));return}let P=i.ref(e,"WorkloadProfile",g.name,g.namespace??c,y,r);if(!P)return;let b=l?.revision.object,S=P.revision.object;a.add(S);let{variables:R,diagnostics:v}=$n({system:o(e.systemNamespace),project:o(c),bundle:f?.revision.object,deployment:t});r.push(...v);let{components:k,diagnostics:q}=b?Nn(ke(S),b):{components:ke(S),diagnostics:[]};r.push(...q);let E=[S.id.namespace,...S.id.namespace===e.systemNamespace?[]:[e.systemNamespace]],lt=[],Ve=(x,V,F)=>{for(let w of wt(x)){let K=[e.systemNamespace,c].some(Y=>e.isInvalid("VariableSet",Y,p));w.ref.scope==="var"&&!R.has(w.ref.name)&&!K?r.push(j("unknown-variable",`${F} references variable "${w.ref.name}", which has no value`,V(w.path),R.size?`variables with values: ${[...R.keys()].join(", ")}`:"declare it in a VariableSet and give it a value")):w.ref.scope==="cluster"&&lt.push({component:F,pos:V(w.path),text:w.text})}return Dt(x,w=>w.scope==="var"?R.get(w.name)?.value:void 0)},pe=[];for(let x of k){let V=i.definition(n,"ComponentDefinition",x.type,E,x.typePos,r),F=[];for(let w of x.traits){let K=i.definition(n,"TraitDefinition",w.type,E,w.typePos,r);K&&F.push({definition:K,properties:Ve(w.properties,w.pos,`trait ${w.type} of component "${x.name}"`),pos:w.pos})}if(V){let w=Ve(x.properties,x.pos,`component "${x.name}"`);pe.push({name:x.name,definition:V,properties:w,pos:x.pos,traits:F,labelStyle:s(V.namespace)})}}fo(pe,S,r);let dt=[];if(!l||!b)return;(b.body.spec.policies??[]).forEach((x,V)=>{if(x.type==="override")return;let F=[b.id.namespace,...b.id.namespace===e.systemNamespace?[]:[e.systemNamespace]],w=i.definition(n,"PolicyDefinition",String(x.type),F,b.pos(["spec","policies",V,"type"]),r),K=Y=>b.pos(["spec","policies",V,"properties",...Y]);if(w){let Y=Ve(x.properties??{},K,`policy ${String(x.type)}`);dt.push({name:String(x.name??x.type),definition:w,properties:Y,pos:K,labelStyle:s(w.namespace)})}});let Ti=pe.some(x=>(x.definition.workloadType??"application")==="application")?"application":"task";return{deployment:t,environment:l,profile:P,bundle:f,components:pe,policies:dt,variables:[...R.values()],workloadType:Ti,clusterMacros:lt}}function uo(t,e,i,n,o){for(let s of t){if(e.has(s))continue;let r=[s.id.namespace,...s.id.namespace===n?[]:[n]];for(let a of ke(s)){i.resolve("ComponentDefinition",a.type,r,a.typePos,o);for(let p of a.traits)i.resolve("TraitDefinition",p.type,r,p.typePos,o)}}}function fo(t,e,i){let n=new Set;t.forEach((o,s)=>{n.has(o.name)&&i.push(j("duplicate-component",`component name "${o.name}" is used twice in this profile`,e.pos(["spec","workload","components",s,"name"]))),n.add(o.name)})}function ho(t,e,i){for(let n of t)n.id.name!==e&&i.push(D("variable-set-name",`VariableSet "${n.id.name}" is never read: hubcast reads the VariableSet named "${e}" in each namespace`,n.pos(["metadata","name"]),`rename it to "${e}" (or set variableSetName in hubcast.yaml)`))}var Cn=ce(Li(),1);var yo=100,qn=new Set(["ComponentDefinition","TraitDefinition","PolicyDefinition"]),go=new Set(ue),re=Object.freeze([]);function Z(t,e){let i=`${t.kind}/${t.namespace}/${t.name}`;return qn.has(t.kind)?`${i}@${e??""}`:i}var z=class{constructor(e){this.systemNamespace=e}systemNamespace;byDocument=new Map;file(e){return this.fileVersion(e).objects}fileVersion(e,i){let n=bo(e),o=[],s=[];for(let r=0;r<n.length;r++){let a=n[r],p=i&&i.documents[r]===a?i.perDocument[r]:this.byDocument.get(a);p||(p=Po(a,this.systemNamespace),this.byDocument.set(a,p)),o.push(p);for(let m of p)s.push(m)}return{documents:n,perDocument:o,objects:s}}};function bo(t){if(t.includes("\r")||t.includes("\u2028")||t.includes("\u2029"))return vo(t);if(t.charCodeAt(0)===37||t.includes(`
%`))return[t];let e=[],i=0;for(let n=t.startsWith("---")?0:Ln(t,0);n>=0;n=Ln(t,n)){let o=t.charCodeAt(n+3);n+3<t.length&&o!==32&&o!==9&&o!==10||(n>i&&e.push(t.slice(i,n)),i=n)}return e.push(t.slice(i)),e}function Ln(t,e){let i=t.indexOf(`
---`,e);return i<0?-1:i+1}function vo(t){if(/^%/m.test(t))return[t];let e=[],i=/^---(?=[ \t\r\n]|$)/gm,n=0;for(let o=i.exec(t);o;o=i.exec(t))o.index>n&&e.push(t.slice(n,o.index)),n=o.index;return e.push(t.slice(n)),e}function Po(t,e){let i,n=Nt(t);if(n&&n.docs.length===1)i=n.docs;else try{let s=(0,Cn.parseAllDocuments)(t,{uniqueKeys:!0,strict:!0,merge:!0,prettyErrors:!1});if(!Array.isArray(s)||s.some(r=>r.errors.length>0))return re;i=s.map(r=>r.toJS({maxAliasCount:yo}))}catch{return re}let o=[];for(let s of i){if(!G(s))continue;let r=s.kind==="List"&&Array.isArray(s.items)?s.items:[s];for(let a of r){let p=G(a)?jo(a,e):void 0;p&&o.push(p)}}return o}function jo(t,e){let{apiVersion:i,kind:n}=t;if(typeof n!="string")return;let o=i===Et&&go.has(n),s=i===ee&&qn.has(n);if(!o&&!s)return;let r=G(t.metadata)?t.metadata:{};if(typeof r.name!="string")return;let a={kind:n,namespace:typeof r.namespace=="string"?r.namespace:e,name:r.name},p=B(t);if(s&&!p)return;let m={key:Z(a,p),id:a,hash:ie(t)};return p&&(m.version=p),m}function On(t,e,i){let n=new Map;for(let o of Object.values(t.specs).flat())n.set(le(o.id),o);for(let o of e)n.set(Z(o.source.id,o.version),o.source);return ko(i.index,{current:(o,s)=>n.get(Z(o,s)),systemNamespace:t.config.systemNamespace,truncated:i.truncated})}function ko(t,e){let i=new Map,n=(o,s)=>{let r=Z(o,s),a=i.get(r);return a||(a=So(t,t.objects.get(r),e.current(o,s),e.systemNamespace),i.set(r,a)),a};return{truncated:e.truncated,revisions:o=>n(o),definitionRevisions:(o,s)=>n(o,s)}}function So(t,e,i,n){let o=e?.revisions??[],s=o.map((r,a)=>{let p=!!i&&!!e?.alive&&a===o.length-1;return xo(r,p?i:void 0,()=>Mo(t,r,e.id,n))});if(i&&!s.some(r=>r.current)){let r={number:s.length+1,hash:ie(i.body),current:!0,object:i},a=B(i.body);a&&(r.version=a),s.push(r)}return s}function xo(t,e,i){let n={number:t.number,hash:t.hash,object:e};if(t.version&&(n.version=t.version),t.commit&&(n.commit=t.commit),t.time!==void 0&&(n.date=new Date(t.time*1e3).toISOString().replace(".000Z","Z")),t.uncommitted&&(n.uncommitted=!0),e)n.current=!0;else{let o;Object.defineProperty(n,"object",{enumerable:!0,get:()=>o??=i()})}return n}function Mo(t,e,i,n){let o=e.commit?`${e.path}@${e.commit.slice(0,7)}`:e.path,s=t.text(e.blob)??"";return Vn(Ro(s,o,Z(i,e.version),n),e,i,n)??Vn(W({path:o,text:s}).documents,e,i,n)??{id:i,apiVersion:"",body:{},file:o,docIndex:0,pos:()=>({file:o,line:1,column:1})}}function Vn(t,e,i,n){for(let o of Kt(t)){let s=o.body.metadata??{},r=typeof s.namespace=="string"?s.namespace:n;if(!(o.body.kind!==i.kind||s.name!==i.name||r!==i.namespace)&&!(e.version&&B(o.body)!==e.version))return{id:i,apiVersion:String(o.body.apiVersion),body:o.body,file:o.file,docIndex:o.docIndex,pos:o.pos}}}function Ro(t,e,i,n){if(/[\r\u2028\u2029\uFEFF]/.test(t)||/^(\.\.\.|%)/m.test(t))return[];let{documents:o,perDocument:s}=new z(n).fileVersion(t),r=s.findIndex(c=>c===re||c.some(d=>d.key===i));if(r<0||s[r]===re)return[];let a=W({path:e,text:`
`.repeat(wo(o,r))+o[r]}).documents,m=r>0&&!o[0].startsWith("---")&&o[0].split(`
`).every(c=>/^\s*(#.*)?$/.test(c))?r-1:r;return a.map(c=>({...c,docIndex:m}))}function wo(t,e){let i=0;for(let n=0;n<e;n++)for(let o=t[n].indexOf(`
`);o>=0;o=t[n].indexOf(`
`,o+1))i++;return i}function In(t,e,i=qt){let n=new Map;for(let a of t){let p=n.get(a.object.file)??[];p.push(a),n.set(a.object.file,p)}let o=[],s=[],r=[];for(let a of[...n.keys()].sort(M)){let p=n.get(a),m=i(`${e}\0${a}\0${p[0].text}`,()=>{let c={definitions:[],diagnostics:[],invalid:[]};for(let d of p){let{definition:u,diagnostics:l}=_(d.object,e,{text:d.text});c.diagnostics.push(...l),u?c.definitions.push(u):N(l)&&c.invalid.push(le(d.object.id))}return c});o.push(...m.definitions),s.push(...m.diagnostics),r.push(...m.invalid)}return Do(o,s),{definitions:o,diagnostics:s,invalid:r}}function Do(t,e){let i=new Map;for(let n of t){let o=`${n.kind}/${n.namespace}/${n.name}@${n.version}`,s=i.get(o);if(s){let r=s.source.pos(["spec","version"]);e.push(j("duplicate-definition",`${n.kind} ${n.name} version ${n.version} is defined twice (first at ${r.file}:${r.line}:${r.column})`,n.source.pos(["spec","version"]),"a definition version is immutable: bump spec.version for a changed definition"))}else i.set(o,n)}}var et=(t,e)=>`${t.deployment.id.namespace}/${t.deployment.id.name}/${e.name}`,No=["commit","name","semver","tag","branch"];function $o(t){let e=t.body.spec,i={namespace:t.id.namespace,name:t.id.name,url:String(e.url)},n=e.secretRef?.name;return typeof n=="string"&&(i.secretRef=n),e.insecure===!0&&(i.insecure=!0),i}function To(t){for(let e of No)if(t[e]!==void 0)return{[e]:t[e]};return{branch:"master"}}function An(t,e,i){let n=[],o=new Map,s=new Map,r=new Map(t.map(p=>[`${p.id.namespace}/${p.id.name}`,p])),a=new Map;for(let p of e)for(let m of p.components){let c=m.definition.sourceType;if(!c)continue;let d=Lo(m);if(!d)continue;let u=et(p,m),l=["chart","version","repository","url","ref"].find(h=>JSON.stringify(d[h]??"").includes("{{"));if(l){n.push(j("source-cluster-macro",`component "${m.name}": ${l} cannot use per-cluster values: one version is resolved for every cluster`,m.pos([l]))),s.set(u,null);continue}let f;if(c==="helm"){let h=Co(r,String(d.repository),p,i,m,n);if(h){a.set(`${h.namespace}/${h.name}`,h);let g=String(d.chart),y=String(d.version??"*");f={type:"helm",key:`helm:${h.url}#${g}@${y}`,repository:h,chart:g,range:y,at:m.pos(["version"])}}}else{let h=To(d.ref??{}),[g,y]=Object.entries(h)[0],P=String(d.url);f={type:"git",key:`git:${P}#${g}=${y}`,url:P,ref:h,at:m.pos(["ref"])},typeof d.secretRef=="string"&&(f.secretRef=d.secretRef)}s.set(u,f?f.key:null),f&&!o.has(f.key)&&o.set(f.key,f)}return{requests:[...o.values()].sort((p,m)=>M(p.key,m.key)),byComponent:s,repositories:a,diagnostics:n}}function Lo(t){let e=JSON.parse(JSON.stringify(t.properties??{}));try{return Lt(Ut.compile(t.definition.schema),e,t.pos).length?void 0:e}catch(i){if(i instanceof Tt)throw i;return}}function Co(t,e,i,n,o,s){let r=[...new Set([i.deployment.id.namespace,i.profile.id.namespace,n])];for(let m of r){let c=t.get(`${m}/${e}`);if(c)return $o(c)}let a=[...t.values()].filter(m=>r.includes(m.id.namespace)).map(m=>m.id.name),p=O(e,a);s.push(j("unknown-repository",`component "${o.name}": Repository "${e}" not found in namespace ${r.join(", ")}`,o.pos(["repository"]),p?`did you mean "${p}"?`:a.length?`available: ${[...new Set(a)].sort(M).join(", ")}`:"add a Repository (spectrocloud.com/v1beta1) with spec.url, see docs/sources.md"))}var Se="0|[1-9]\\d*",En=`(?:${Se}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`,qo=new RegExp(`^(${Se})\\.(${Se})\\.(${Se})(?:-(${En}(?:\\.${En})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);function xe(t){let e=Number(t);return Number.isSafeInteger(e)?e:void 0}function ot(t){let e=qo.exec(t.startsWith("v")?t.slice(1):t);if(!e)return;let[i,n,o]=[xe(e[1]),xe(e[2]),xe(e[3])];if(!(i===void 0||n===void 0||o===void 0))return{major:i,minor:n,patch:o,pre:e[4]??"",original:t}}function Vo(t,e){if(t===e)return 0;if(t==="")return-1;if(e==="")return 1;let i=/^\d+$/.test(t),n=/^\d+$/.test(e);return i&&n?Number(t)>Number(e)?1:-1:i?-1:n||t>e?1:-1}function Fn(t,e){let i=t.split("."),n=e.split(".");for(let o=0;o<Math.max(i.length,n.length);o++){let s=Vo(i[o]??"",n[o]??"");if(s!==0)return s}return 0}function $(t,e){return t.major!==e.major?t.major>e.major?1:-1:t.minor!==e.minor?t.minor>e.minor?1:-1:t.patch!==e.patch?t.patch>e.patch?1:-1:t.pre===e.pre?0:t.pre===""?1:e.pre===""?-1:Fn(t.pre,e.pre)}var nt="v?([0-9xX*]+)(\\.[0-9xX*]+)?(\\.[0-9xX*]+)?(-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?",Oo="!=|>=|=>|<=|=<|~>|>|<|=|~|\\^",it=`(${Oo})?\\s*(${nt})`,Io=new RegExp(`^\\s*${it}\\s*(?:(?:\\s+|,\\s*)${it}\\s*)*$`),Ao=new RegExp(it,"g"),Eo=new RegExp(`\\s*(${nt.replace(/\((?!\?)/g,"(?:")})\\s+-\\s+(${nt.replace(/\((?!\?)/g,"(?:")})\\s*`,"g"),tt=t=>t==="x"||t==="X"||t==="*";function zo(t,e,i="",n="",o="",s){let r=i.slice(1),a=n.slice(1),p=o.slice(1),m=!1,c=!1,d=!1,u;if(tt(e)?(m=!0,u=["0","0","0"]):i===""||tt(r)?(m=c=!0,u=[e,"0","0"]):n===""||tt(a)?(m=d=!0,u=[e,r,"0"]):u=[e,r,a],u.some(h=>!/^\d+$/.test(h)))return;let l=u.map(xe);if(l.some(h=>h===void 0))return;let f={major:l[0],minor:l[1],patch:l[2],pre:p,original:s};return{op:t,con:f,dirty:m,minorDirty:c,patchDirty:d}}function Kn(t){let e=t.replace(Eo,(n,o,s)=>`>= ${o}, <= ${s}`),i=[];for(let n of e.split("||")){if(!Io.test(n))return{error:`improper constraint: ${n.trim()||"(empty)"}`};let o=[];for(let s of n.matchAll(Ao)){let r=zo(s[1]??"",s[3],s[4],s[5],s[6],s[2]);if(!r)return{error:`improper constraint: ${s[0].trim()}`};o.push(r)}i.push(o)}return{constraint:{text:t,groups:i}}}function zn(t,e){return $(t,e.con)<0?!1:e.con.major===0&&e.con.minor===0&&e.con.patch===0&&!e.minorDirty&&!e.patchDirty?!0:t.major!==e.con.major?!1:!(t.minor!==e.con.minor&&!e.minorDirty)}function Fo(t,e){return $(t,e.con)<0?!1:e.con.major>0||e.minorDirty?t.major===e.con.major:t.major>0?!1:e.con.minor>0||e.patchDirty?t.minor===e.con.minor:t.minor>0?!1:t.patch===e.con.patch}function Ko(t,e){if(e.dirty){if(e.con.major!==t.major||e.con.minor!==t.minor&&!e.minorDirty)return!0;if(e.minorDirty)return!1;if(e.con.patch!==t.patch&&!e.patchDirty)return!0;if(e.patchDirty)return(t.pre!==""||e.con.pre!=="")&&Fn(t.pre,e.con.pre)!==0}return $(t,e.con)!==0}function Ho(t,e,i){if(t.pre!==""&&e.con.pre===""&&!i&&(e.op!=="!="||e.dirty))return!1;let n=$(t,e.con);switch(e.op){case"":case"=":return e.dirty?zn(t,e):n===0;case"!=":return Ko(t,e);case">":return e.dirty?t.major!==e.con.major?t.major>e.con.major:e.minorDirty?!1:e.patchDirty?t.minor>e.con.minor:n>0:n>0;case"<":return n<0;case">=":case"=>":return n>=0;case"<=":case"=<":return e.dirty?t.major>e.con.major?!1:!(t.major===e.con.major&&t.minor>e.con.minor&&!e.minorDirty):n<=0;case"~":case"~>":return zn(t,e);case"^":return Fo(t,e)}}function Me(t,e,i=!1){return e.groups.some(n=>{let o=i||n.some(s=>s.con.pre!=="");return n.every(s=>Ho(t,s,o))})}function Hn(t){return t.groups[0]?.[0]?.con}function Un(t){return Kn(t===""?"*":t)}function Gn(t,e){let i=[];for(let n of t){let o=ot(e(n));o&&i.push({item:n,version:o})}return i}function Jn(t,e){let i=Hn(e),n=t.filter(m=>m.version.pre===""),o=n.filter(m=>!i||$(m.version,i)<0).sort((m,c)=>$(c.version,m.version)),s=i?n.filter(m=>$(m.version,i)>=0).sort((m,c)=>$(m.version,c.version)):[],r=Math.max(3,5-s.length),a=[...o.slice(0,r),...s.slice(0,5-Math.min(r,o.length))].sort((m,c)=>$(c.version,m.version)).map(m=>m.version.original),p=t.filter(m=>m.version.pre!==""&&Me(m.version,e,!0)).sort((m,c)=>$(c.version,m.version)).slice(0,5).map(m=>m.version.original);return{ok:!1,reason:"no-match",nearest:[...new Set(a)],prereleases:[...new Set(p)]}}function Wn(t,e){if(e!==""){let p=t.find(m=>m.version===e);if(p)return{ok:!0,pick:p}}let{constraint:i,error:n}=Un(e==="*"?"":e);if(!i)return{ok:!1,reason:"invalid-range",message:n};let o=Gn(t,p=>p.version),s=o.filter(p=>Me(p.version,i));if(s.length===0)return Jn(o,i);let r=p=>Date.parse(p.item.created??"")||0;return{ok:!0,pick:s.reduce((p,m)=>($(m.version,p.version)||r(m)-r(p))>0?m:p).item}}var Re=t=>t.replaceAll("_","+"),we=t=>t.replaceAll("+","_");function De(t,e,i=n=>n){let{constraint:n,error:o}=Un(e==="*"?"":e);if(!n)return{ok:!1,reason:"invalid-range",message:o};let s=Gn(t,p=>i(p)),r=s.filter(p=>Me(p.version,n));return r.length===0?Jn(s,n):{ok:!0,pick:r.reduce((p,m)=>($(m.version,p.version)||M(m.item,p.item))>0?m:p).item}}function _n(t){return ot(t)!==void 0}function Bn(t){let e=[];return e.push(t.nearest.length?`nearest versions: ${t.nearest.join(", ")}`:"no stable versions exist"),t.prereleases.length&&e.push(`prereleases that would match if the range named a prerelease (e.g. ">=1.0.0-0"): ${t.prereleases.join(", ")}`),e.join("; ")}function Uo(t,e){if(t.type==="helm"&&e.type==="helm"){let i=t.repository,n=i.url.startsWith("oci://"),o={type:n?"oci":"helm",repository:{name:i.name,namespace:i.namespace},url:n?`${i.url.replace(/\/+$/,"")}/${t.chart}`:i.url,chart:t.chart,range:t.range,version:e.version,tag:we(e.version)};return e.digest&&(o.digest=e.digest),i.secretRef&&(o.secretRef=i.secretRef),i.insecure&&(o.insecure=!0),o}if(t.type==="git"&&e.type==="git"){let i={type:"git",url:t.url,ref:t.ref,commit:e.commit};return t.ref.branch&&(i.branch=t.ref.branch),t.secretRef&&(i.secretRef=t.secretRef),i}throw new Error(`source ${t.key}: resolution of type ${e.type} for a ${t.type} request`)}function Zn(t,e,i){let n=new Map(e.requests.map(o=>[o.key,o]));return t.map(o=>{if(!o.components.some(r=>r.definition.sourceType))return o;let s=o.components.flatMap(r=>{let a=e.byComponent.get(et(o,r));if(a===void 0)return[r];let p=a===null?void 0:i.get(a);return p?[{...r,source:Uo(n.get(a),p)}]:[]});return{...o,components:s}})}function Yn(t,e){let i={};for(let n of t.requests){let o=e.get(n.key);if(o)if(n.type==="helm"&&o.type==="helm"){let s={type:"helm",url:n.repository.url,chart:n.chart,range:n.range,version:o.version};o.digest&&(s.digest=o.digest),i[n.key]=s}else n.type==="git"&&o.type==="git"&&(i[n.key]={type:"git",url:n.url,ref:n.ref,commit:o.commit})}return i}async function Xn(t,e,i){let n=new Array(t.length),o=0,s,r=async()=>{for(;o<t.length&&!s;){let a=o++;try{n[a]=await i(t[a],a)}catch(p){s??={error:p}}}};if(await Promise.all(Array.from({length:Math.max(1,Math.min(e,t.length))},r)),s)throw s.error;return n}function Qn(){let t=new Map;return(e,i)=>{let n=t.get(e);return n||(n=i(),t.set(e,n)),n}}import{createHash as Go}from"node:crypto";var ei=600;function Ne(t){return`${t.replace(/^[a-z+]+:\/\//i,"").replace(/^[^@/]*@/,"").replace(/[^A-Za-z0-9.-]+/g,"_").slice(0,80)}-${Go("sha256").update(t).digest("hex").slice(0,12)}`}var se={helmIndex:t=>`helm-index/${Ne(t)}`,ociTags:t=>`oci-tags/${Ne(t)}`,ociDigest:(t,e)=>`oci-digest/${Ne(t)}/${e.replace(/[^A-Za-z0-9._-]/g,"_")}`,gitRefs:t=>`git-refs/${Ne(t)}`};function ti(t,e,i=!1){if(!t)return!1;if(i||e.offline)return!0;let n=(e.now.getTime()-Date.parse(t.fetchedAt))/1e3;return n>=0&&n<e.ttlSeconds}var C=class extends Error{constructor(i,n,o){super(n);this.code=i;this.hint=o}code;hint};function L(t){if(t.type==="helm")return`chart "${t.chart}" from Repository ${t.repository.namespace}/${t.repository.name} (${H(t.repository.url)})`;let[e,i]=Object.entries(t.ref)[0]??["branch","master"];return`git ${H(t.url)} ${e} ${i}`}async function ni(t,e){let i=Qn(),n=[],o=new Map,s=(c,d,u,l=!1)=>i(c,async()=>{let f=e.cache.read(c);if(ti(f,e.policy,l))return f.data;if(!e.fetcher)throw new C("source-not-cached",`${d} is not in the source cache (${e.cache.location}), and --offline forbids fetching it`,"render once without --offline to fill the cache");let h=await u(e.fetcher);return e.cache.write(c,h,e.policy.now.toISOString()),h}),r=async c=>{let d=c.repository;if(d.url.startsWith("oci://")){let b=`${d.url.replace(/\/+$/,"")}/${c.chart}`,S=()=>s(se.ociTags(b),`the tag list of ${H(b)}`,v=>v.ociTags(d,c.chart)),R;_n(c.range)?R=we(c.range):R=Te(De(await S(),c.range,Re),c);try{let v=await s(se.ociDigest(b,R),`the manifest of ${H(b)}:${R}`,k=>k.ociDigest(d,c.chart,R),!0);return{type:"helm",key:c.key,version:Re(R),digest:v}}catch(v){throw v instanceof Ke&&v.kind==="not-found"&&Te(De((await S()).filter(k=>k!==R),c.range,Re),c),v}}let u=se.helmIndex(d.url),l=e.cache.read(u),h=l?.data[c.chart]?.find(b=>b.version===c.range)?l.data:await s(u,`the index of ${H(d.url)}`,b=>b.helmIndex(d)),g=h[c.chart];if(!g){let b=O(c.chart,Object.keys(h));throw new C("chart-not-found",`${L(c)}: the repository has no chart "${c.chart}"`,b?`did you mean "${b}"?`:`charts there: ${Object.keys(h).sort().slice(0,20).join(", ")||"none"}`)}let y=Te(Wn(g,c.range),c),P={type:"helm",key:c.key,version:y.version};return y.digest&&(P.digest=y.digest.startsWith("sha256:")?y.digest:`sha256:${y.digest}`),P},a=async c=>{if(c.ref.commit)return{type:"git",key:c.key,commit:c.ref.commit};let d=await s(se.gitRefs(c.url),`the refs of ${H(c.url)}`,h=>h.gitRefs(c.url,c.secretRef)),u=h=>d.find(g=>g.ref===h),l;if(c.ref.name)l=c.ref.name;else if(c.ref.semver!==void 0){let h=d.filter(g=>g.ref.startsWith("refs/tags/")).map(g=>g.ref.slice(10));l=`refs/tags/${Te(De(h,c.ref.semver),c)}`}else c.ref.tag?l=`refs/tags/${c.ref.tag}`:l=`refs/heads/${c.ref.branch??"master"}`;let f=u(l);if(!f){let h=l.startsWith("refs/tags/")?"refs/tags/":"refs/heads/",g=d.filter(P=>P.ref.startsWith(h)).map(P=>P.ref.slice(h.length)),y=O(l.slice(h.length),g);throw new C("git-ref-not-found",`${L(c)}: the remote has no ${l}`,y?`did you mean "${y}"?`:`${h==="refs/tags/"?"tags":"branches"} there: ${g.sort().slice(0,10).join(", ")||"none"}`)}return{type:"git",key:c.key,commit:f.commit,resolvedRef:f.ref}},p=c=>c.type==="helm"?r(c):a(c),m=await Xn(t,e.concurrency,async c=>{try{return{r:c,res:await p(c)}}catch(d){return{r:c,err:Wo(d,c)}}});for(let{r:c,res:d,err:u}of m){if(e.locked){let l=e.locked[c.key];if(!l){n.push(j("source-not-locked",`${L(c)} (${Le(c)}) is not in the lock file`,c.at,"render without --locked to resolve it and record it in the lock"));continue}let f=Jo(c,l);o.set(c.key,f),u?n.push(T("lock-unchecked",`${L(c)}: could not check the lock against the source: ${u.message}`,c.at)):d&&$e(d)!==$e(f)&&n.push(D("lock-drift",`${L(c)} (${Le(c)}) is locked to ${$e(f)} but would now resolve to ${$e(d)}`,c.at,"render without --locked to take the new version"));continue}d?o.set(c.key,d):u&&n.push(j(u.code,u.message,c.at,u.hint))}return{resolutions:o,diagnostics:n}}function Le(t){if(t.type==="helm")return`version "${t.range}"`;let[e,i]=Object.entries(t.ref)[0]??["branch","master"];return`${e} "${i}"`}function $e(t){return t.type==="helm"?t.version:t.commit}function Jo(t,e){if(t.type==="helm"){let i={type:"helm",key:t.key,version:String(e.version)};return e.digest&&(i.digest=e.digest),i}return{type:"git",key:t.key,commit:String(e.commit)}}function Te(t,e){if(t.ok)return t.pick;throw t.reason==="invalid-range"?new C("invalid-version-range",`${L(e)}: ${Le(e)} is not a valid version range: ${t.message}`,'write a version like 6.5.4 or a range like ">=6.5 <7" (Masterminds/semver, as Flux reads it)'):new C("no-matching-version",`${L(e)}: no version matches ${Le(e)}`,Bn(t))}function Wo(t,e){let i=L(e);if(t instanceof C)return t.message.startsWith(i)?t:new C(t.code,`${i}: ${t.message}`,t.hint);if(t instanceof Ke){let n=e.type==="helm"?e.repository.secretRef:e.secretRef,o={unreachable:"check the URL and the network; render with --offline to use the source cache",timeout:"the source did not answer in time; retry, raise sources.timeoutSeconds in hubcast.yaml, or render with --offline",auth:tn(n),"not-found":e.type==="helm"?"check the Repository url and the chart name and version":"check the url and the ref",protocol:"the server did not answer like a Helm repository, OCI registry or git remote: check the url"},s=t.kind==="auth"?"source-auth":`source-${t.kind}`;return new C(s,`${L(e)}: ${t.message}`,o[t.kind])}throw t}var _o="hubcast.io/cluster";function rt(t,e,i,n,o){let s=new Map;return st(s,t,e,i,n,o),Rt(s)}function st(t,e,i,n,o,s){Bo(t,e,i,n,o,jt(s,s!==void 0))}function Bo(t,e,i,n,o,s){let r=St(t,i,s),{clusters:a,waves:p}=Zo(t,e,s);for(let m of a)r.push({name:me(m),path:ne(m),manifestWorks:!0,labels:{[_o]:m}});r.push(...p),xt(t,n,r,o,m=>/^clusters\/[^/]+\/spoke$/.test(m),s)}function Zo(t,e,i){let n=new Set,o=[],s=new Map;for(let r of e){if(r.wave===void 0)de(t,ne(r.cluster),J(r.work),r.work,i),n.add(r.cluster);else{let a=s.get(r.deployment);a||s.set(r.deployment,a=[]);let p=a[r.wave];p===void 0&&(a[r.wave]=p=he(r.deployment,r.wave),o.push(Xo(r,p,r.wave))),de(t,p,`${r.cluster}_${J(r.work)}`,r.work,i)}r.spokeObjects&&r.spokePath&&Yo(t,r.spokePath,r.spokeObjects,i)}return{clusters:[...n].sort(),waves:o}}function Yo(t,e,i,n){let o=new Map;for(let s of i)o.set(J(s),(o.get(J(s))??0)+1);for(let s of i){let r=J(s),a=(o.get(r)??0)>1?`${s.kind.toLowerCase()}-${s.metadata.namespace??""}-${s.metadata.name}.yaml`:r;de(t,e,a,s,n)}}function Xo(t,e,i){let n=t.deployment.identity.deployment,o={name:Q(n.namespace,n.name,i),path:e,manifestWorks:!0,currentGeneration:!0,labels:{[ut]:n.name,[ft]:n.namespace,[Qt]:String(i)},file:yt(n.namespace,n.name)};return i>1&&(o.dependsOn=Q(n.namespace,n.name,i-1)),t.waveTimeout&&(o.timeout=t.waveTimeout),o}function Ce(t){let e=t.extra.flux??{},i=e.spoke??{},n=t.extra.sizeLimit??{},o=s=>typeof s=="string"?s:void 0;return{mode:t.extra.delivery==="flux-pull"?"flux-pull":"manifestwork",flux:{url:o(e.url),branch:o(e.branch)??t.generatedBranch,tag:o(e.tag)??"latest",insecure:e.insecure===!0,secretRef:o(e.secretRef),namespace:o(e.namespace)??"flux-system",interval:o(e.interval)??"10m",sourceInterval:o(e.sourceInterval)??"1m",timeout:o(e.timeout)??"5m",spoke:{url:o(i.url)??o(e.url),secretRef:o(i.secretRef),namespace:o(i.namespace)??"flux-system",interval:o(i.interval)??"10m",decryptionSecret:o(i.decryptionSecret)}},requireReady:t.extra.requireReady===!0,sizeLimit:{bytes:typeof n.bytes=="number"?n.bytes:Ot,onExceed:n.onExceed==="fail"?"fail":"split"}}}function ii(t,e){if(t.mode!=="flux-pull")return[];let i={file:"hubcast.yaml",line:1,column:1},n=[];return e!=="per-cluster"&&n.push(j("config","delivery: flux-pull needs the per-cluster layout (each spoke pulls its own folder)",i,"add an inventory with ManagedClusters, or remove delivery: flux-pull")),t.flux.url||n.push(j("config","delivery: flux-pull needs flux.url, the repository the spokes pull from",i,"set flux.url (and flux.spoke.secretRef when it is private) in hubcast.yaml")),n}var Qo=/^((100|[0-9]{1,2})%|[0-9]+)$/,er=/^(([0-9])+[hms])$|^None$/;function tr(t,e,i){let n=i;return typeof t=="number"?n=t:typeof t=="string"&&t.endsWith("%")?n=Math.ceil(Number.parseFloat(t.slice(0,-1))/100*e):typeof t=="string"&&/^[0-9]+$/.test(t)&&(n=Number(t)),n<=0||n>e?i:n}function nr(t,e){let i=[];for(let n=0;n<t.length;n+=Math.max(e,1))i.push(t.slice(n,n+Math.max(e,1)));return i}function oi(t,e,i,n){let o=[],s=I(t),r=s.type??"All",a=[...new Set(e.flatMap(v=>v.clusters))].sort(),p=v=>a.length?[{index:1,clusters:a,why:v}]:[];if(r!=="All"&&r!=="Progressive"&&r!=="ProgressivePerGroup")return o.push(j("rollout-invalid",`${n}: rolloutStrategy.type must be All, Progressive or ProgressivePerGroup, not ${JSON.stringify(r)}`,i(["type"]))),{plan:{type:"All",waves:p("all clusters"),unsupported:[]},diagnostics:o};let m=r==="All"?"all":r==="Progressive"?"progressive":"progressivePerGroup",c=I(s[m]),d=(...v)=>i([m,...v]),u=[],l=c.progressDeadline,f;l!==void 0&&(typeof l!="string"||!er.test(l)?o.push(j("rollout-invalid",`${n}: progressDeadline must be None or a number with h, m or s (90m, 2h), not ${JSON.stringify(l)}`,d("progressDeadline"))):l!=="None"&&(f=l));for(let v of["maxFailures","maxConcurrency"]){let k=c[v];k!==void 0&&!(typeof k=="number"?Number.isInteger(k)&&k>=0:Qo.test(String(k)))&&o.push(j("rollout-invalid",`${n}: ${v} must be a number or a percentage (0%..100%), not ${JSON.stringify(k)}`,d(v)))}if(r!=="All"){let v=c.minSuccessTime;v!==void 0&&v!=="0"&&v!==0&&!/^0+[hms]?$/.test(String(v))&&(u.push(`minSuccessTime ${String(v)}: each wave starts as soon as the previous one is healthy (no soak time)`),o.push(D("rollout-unsupported",`${n}: minSuccessTime ${String(v)} cannot be expressed with Flux waves; a wave starts as soon as the previous one is healthy`,d("minSuccessTime"),"wait by hand (flux suspend) or drop minSuccessTime; see docs/per-cluster.md")));let k=c.maxFailures;k!==void 0&&k!==0&&k!=="0"&&k!=="0%"&&(u.push(`maxFailures ${String(k)}: no failure is tolerated, a wave with an unhealthy cluster holds the next one`),o.push(D("rollout-unsupported",`${n}: maxFailures ${String(k)} cannot be expressed with Flux waves; one unhealthy cluster holds the next wave`,d("maxFailures"),"set maxFailures: 0 or drop it; see docs/per-cluster.md")))}if(r==="All")return{plan:{type:r,waves:p("all clusters"),timeout:f,unsupported:u},diagnostics:o};let h=new Set,g=Array.isArray(c.mandatoryDecisionGroups)?c.mandatoryDecisionGroups:[];for(let v of g){let k=I(v);if(typeof k.groupName=="string"&&k.groupName!=="")for(let q of e)q.name===k.groupName&&h.add(q.index);else{let q=typeof k.groupIndex=="number"?k.groupIndex:0;e.some(E=>E.index===q)&&h.add(q)}}let y=[],P=(v,k)=>{v.length&&y.push({index:y.length+1,clusters:[...v].sort(),why:k})},b=[...e].sort((v,k)=>v.index-k.index),S=v=>`decision group ${v.index}${v.name?` (${v.name})`:""}`;for(let v of b)h.has(v.index)&&P(v.clusters,`mandatory ${S(v)}`);let R=b.filter(v=>!h.has(v.index));if(r==="ProgressivePerGroup")for(let v of R)P(v.clusters,S(v));else{let v=[...new Set(R.flatMap(E=>E.clusters))].sort(),k=tr(c.maxConcurrency,v.length,v.length),q=c.maxConcurrency===void 0?"the other clusters":`maxConcurrency ${String(c.maxConcurrency)} (${k} of ${v.length})`;for(let E of nr(v,k))P(E,q)}return{plan:{type:r,waves:y,timeout:f,unsupported:u},diagnostics:o}}function ri(t){let e=new Set,i=[],n=Math.max(0,...t.map(o=>o.waves.length));for(let o=0;o<n;o++){let s=[],r=[];for(let a of t){let p=a.waves[o];if(p){r.push(p.why);for(let m of p.clusters)e.has(m)||(e.add(m),s.push(m))}}s.length&&i.push({index:i.length+1,clusters:s.sort(),why:[...new Set(r)].join("; ")})}return i}function ai(t,e,i,n,o=!1){let s=[],r=[],a=new Map;for(let p of t){let m=n?.key(p),c=m===void 0?si(p,e,i,a,o):n.cached(m,()=>si(p,e,i,a,o));s.push(...c.diagnostics),r.push(c.placement)}return{placements:r,diagnostics:s}}function si(t,e,i,n,o){let s=[],r=t.resolved.environment.revision.object,a=[],p=[],m=t.topology,c=`deployment ${t.identity.deployment.namespace}/${t.identity.deployment.name}`;if(m.type==="topology-ocm"){let g=["spec","topology","properties","placement"];a.push(Fe({namespace:m.hubNamespace,name:t.name,spec:m.placement??{},pos:y=>r.pos([...g,...y])},e,i))}else m.placementRefs.forEach((g,y)=>{let P=`${m.hubNamespace}/${String(g.name)}`,b=e.placements.get(P);if(!b){p.push(P);let R=`Environment ${r.id.namespace}/${r.id.name} is NotReady: Placement ${P} (topology-ocm-byop) is not in the inventory, so hubcast cannot tell which clusters it selects; ${c} is withheld (no ManifestWork is written for it, so Flux removes any it had)`,v=r.pos(["spec","topology","properties","placementRefs",y,"name"]),k="add it to the inventory (kubectl get placements -A -o yaml), fix the name, or render with --layout replicaset";s.push(o?j("placement-not-found",`${R} (--require-ready)`,v,k):D("placement-not-found",R,v,k));return}let S=n.get(P)??Fe({namespace:b.id.namespace,name:b.id.name,spec:b.body.spec??{},pos:R=>b.pos(["spec",...R])},e,i);n.set(P,S),a.push(S)});for(let g of a)s.push(...g.diagnostics);let d=a.find(g=>g.needsHub)?.needsHub,u=new Set(d||p.length?[]:a.flatMap(g=>g.selected)),l=e.clusters.filter(g=>u.has(g.name)).sort((g,y)=>M(g.name,y.name));d&&s.push(T("placement-needs-hub",`deployment ${t.identity.deployment.namespace}/${t.identity.deployment.name}: ${d}; it is rendered as Placement + ManifestWorkReplicaSet and the hub schedules it`,t.resolved.deployment.pos(["metadata","name"])));let f=a.some(g=>g.diagnostics.some(y=>y.code==="placement-misconfigured"));if(!d&&!f&&!p.length&&a.length&&l.length===0){let g=a.map(y=>`${y.placement.namespace}/${y.placement.name}: ${y.satisfied.reason}`).join("; ");s.push(D("no-clusters",`${c} selects no cluster (${g}); no ManifestWork is written for it, so Flux removes any it had`,t.resolved.deployment.pos(["metadata","name"]),"run hubcast plan to see why each cluster was not selected"))}let h={rendered:t,evaluations:a,clusters:l,needsHub:d};return p.length&&(h.notFound=p),!d&&!p.length&&a.length&&(h.rollout=ir(t,a,c,s)),{placement:h,diagnostics:s}}function ir(t,e,i,n){let o=t.resolved.environment.revision.object,s=t.topology,r=[];e.forEach(m=>{let c=s.type==="topology-ocm"?s.placementRefs[0]:s.placementRefs.find(f=>String(f.name)===m.placement.name),d=s.type==="topology-ocm"?-1:s.placementRefs.indexOf(c),u=d<0?["spec","topology","properties","manifestWorkReplicaSet","rolloutStrategy"]:["spec","topology","properties","placementRefs",d,"rolloutStrategy"],l=oi(c?.rolloutStrategy,m.groups,f=>o.pos([...u,...f]),`${i} (Placement ${m.placement.namespace}/${m.placement.name})`);n.push(...l.diagnostics),r.push(l.plan)});let a=ri(r),p=r.map(m=>m.timeout).filter(m=>!!m).sort(M)[0];return{plans:r,waves:a,timeout:p}}var pi=class{values=new Ct;counts=new Map;objectText=new WeakMap;renderKeys=new WeakMap;placementKeys=new WeakMap;startRun(){this.values.advance(),this.counts.clear()}cached(e){let i=Vt(this.values,e);return(n,o)=>{let s=this.counts.get(e)??{reused:0,computed:0};this.counts.set(e,s);let r=!1,a=i(n,()=>(r=!0,o()));return r?s.computed++:s.reused++,a}}stats(){let e={reused:0,computed:0};return{load:this.counts.get("load")??e,definitions:this.counts.get("definitions")??e,render:this.counts.get("render")??e,place:this.counts.get("place")??e,works:this.counts.get("works")??e}}};function ci(t,e){return Wt(JSON.stringify(t.map(i=>[i.file,e.get(i.file)??"",i.docIndex,i.id,i.body])))}function li(t,e,i,n,o){let{inventory:s,diagnostics:r}=_t(e);s.clusters.length===0&&r.push(j("no-inventory","the per-cluster layout needs an inventory with ManagedClusters",void 0,"add the hub export (kubectl get managedclusters,managedclustersets,managedclustersetbindings,placements -o yaml) to the repo or pass --inventory DIR, or use --layout replicaset"));let a,p;if(o){let{memo:l}=o,f=`${ci(e,o.files)}\0${n}\0${i.requireReady}`,h=JSON.stringify(i);a={cached:l.cached("place"),key:g=>mi(l.renderKeys.get(g),y=>`${y}\0${f}`)},p={cached:l.cached("works"),key:g=>mi(l.placementKeys.get(g),y=>`${y}\0${h}`)}}let m=ai(t,s,n,a,i.requireReady);if(o&&a)for(let l of m.placements){let f=a.key(l.rendered);f!==void 0&&o.memo.placementKeys.set(l,f)}r.push(...m.diagnostics);let c=m.placements.filter(l=>l.needsHub).map(l=>l.rendered);for(let l of c)Jt(l.resolved.deployment,l.topology.hubNamespace,l.name,r);let{works:d,diagnostics:u}=en(m.placements,i,p);return r.push(...u),{inventory:s,placements:m.placements,works:d,hubScheduled:c,diagnostics:r}}function mi(t,e){return t===void 0?void 0:e(t)}function at(t,e=[]){return gt([...or(t),...rr(e)])}function*or(t){for(let e of t){let i=e.identity.environment;yield{name:ht(i.namespace,i.name),folder:kt(e),about:()=>({what:`Environment ${i.namespace}/${i.name}`,owner:`environment ${i.namespace}/${i.name}`,at:e.resolved.environment.revision.object.pos(["metadata","name"])})}}}function*rr(t){let e=new Set,i;for(let n of t){if(n.wave===void 0){if(e.has(n.cluster))continue;e.add(n.cluster);let r=()=>({what:`cluster ${n.cluster}`,owner:`cluster ${n.cluster}`});yield{name:me(n.cluster),folder:ne(n.cluster),about:r};continue}if(i&&i.deployment===n.deployment&&i.wave===n.wave)continue;i=n;let o=n.deployment.identity.deployment,s=n.wave;yield{name:Q(o.namespace,o.name,s),folder:he(n.deployment,s),about:()=>({what:`wave ${s} of deployment ${o.namespace}/${o.name}`,owner:`deployment ${o.namespace}/${o.name}`,at:n.deployment.resolved.deployment.pos(["metadata","name"])})}}}function sr(t,e,i){return i||(t.layout!=="auto"?t.layout:e?.inventory.some(n=>n.id.kind==="ManagedCluster")?"per-cluster":"replicaset")}function di(t){t.onStage?.("load"),t.memo?.startRun();let{repo:e,diagnostics:i}=zt(t.files,t.config,t.memo?.cached("load"));return{input:t,repo:e,diagnostics:[...i]}}function ui(t){return t.repo.definitionSources.length||t.input.revisions?!0:[...t.input.history?.index.objects.values()??[]].some(e=>te.includes(e.id.kind))}function fi(t){let{input:e,repo:i}=t,n=[...t.diagnostics],o=In(i.definitionSources,e.config.systemNamespace,e.memo?.cached("definitions"));n.push(...o.diagnostics);for(let p of o.invalid)i.invalid.add(p);let s=sr(e.config,i,e.layout);e.onStage?.("resolve");let r=e.revisions??(e.history?On(i,o.definitions,e.history):void 0),a=Tn(i,{stockDefinitions:e.stockDefinitions,repoDefinitions:o.definitions,revisions:r,locked:e.lockedReferences});return n.push(...a.diagnostics),{input:e,diagnostics:n,repo:i,layout:s,resolved:a.deployments,revisions:a.revisions,references:a.references}}function hi(t){let e=new Set;for(let i of t.resolved){for(let n of i.components){e.add(n.definition);for(let o of n.traits)e.add(o.definition)}for(let n of i.policies)e.add(n.definition)}return e}function yi(t){return[...t.resolved.map(i=>I(I(I(i.environment.revision.object.body.spec).topology).properties).placement),...t.repo.inventory.filter(i=>i.id.kind==="Placement").map(i=>i.body.spec)].some(i=>Zt(I(i)))}function gi(t){let{input:e,repo:i}=t,n=An(i.specs.Repository,t.resolved,e.config.systemNamespace),o=e.memo?ze(e.files):void 0;return{...t,diagnostics:[...t.diagnostics,...n.diagnostics],sources:n,files:o}}function bi(t,e,i=[]){let{input:n,repo:o,layout:s}=t,r=[...t.diagnostics,...i],a=P=>{let b=new Set,S=X(r).filter(R=>{let v=JSON.stringify(R);return b.has(v)?!1:(b.add(v),!0)});return{...P,diagnostics:S,ok:!N(S)}};if(!N(i))for(let P of t.sources.requests)e.has(P.key)||r.push(j("source-unresolved",`${L(P)} was not resolved before rendering`,P.at));let p=Zn(t.resolved,t.sources,e);n.onStage?.("render");let m=n.memo,{rendered:c,diagnostics:d}=Xt(p,{hubNamespace:n.config.hubNamespace,layout:s,sizeLimit:Ce(n.config).sizeLimit},m&&t.files?{cached:m.cached("render"),files:t.files,keys:m.renderKeys}:void 0);r.push(...d);let u=Ce(n.config);n.requireReady&&(u.requireReady=!0),r.push(...ii(u,s));let l={layout:s,repo:o,resolved:p,revisions:t.revisions,rendered:c},f=()=>{let P=vt(p,n.sourceCommit);P.references=t.references;let b=Yn(t.sources,e);return Object.keys(b).length&&(P.sources=b),P};if(s==="replicaset"){if(u.flux.url&&r.push(...at(c)),N(r)||n.emit===!1)return a(l);let P=f();return n.onStage?.("emit"),n.into?(Mt(n.into,c,P,u.flux,m?.objectText),a({...l,lock:P,emitted:n.into})):a({...l,lock:P,tree:Oe(c,P,u.flux,m?.objectText)})}n.onStage?.("schedule");let h=li(c,o.inventory,u,n.now??Date.now(),m&&t.files?{memo:m,files:t.files}:void 0);r.push(...h.diagnostics),u.flux.url&&r.push(...at(h.hubScheduled,h.works));let g={...l,inventory:h.inventory,placements:h.placements,works:h.works,hubScheduled:h.hubScheduled};if(N(r)||n.emit===!1)return a(g);let y=f();return n.onStage?.("emit"),n.into?(st(n.into,h.works,h.hubScheduled,y,u.flux,m?.objectText),a({...g,lock:y,emitted:n.into})):a({...g,lock:y,tree:rt(h.works,h.hubScheduled,y,u.flux,m?.objectText)})}function lp(t,e,i){let n=t.repo?Ce(t.repo.config).flux:void 0;return t.layout==="replicaset"?Oe((t.rendered??[]).filter(e),i,n):rt((t.works??[]).filter(o=>(o.sharedBy??[o.deployment]).some(e)),(t.hubScheduled??[]).filter(e),i,n)}import{resolve as vi}from"node:path";var ar=".hubcast-cache";function pt(t,e,i){let n=t.extra.sources??{};return{cacheDir:i?vi(i):vi(e,typeof n.cacheDir=="string"?n.cacheDir:ar),ttlSeconds:typeof n.ttlSeconds=="number"?n.ttlSeconds:ei,timeoutMs:(typeof n.timeoutSeconds=="number"?n.timeoutSeconds:30)*1e3,concurrency:typeof n.concurrency=="number"?n.concurrency:4,offline:n.offline===!0}}async function Pi(t,e,i,n){let o=t.sources.requests;if(o.length===0)return{resolutions:new Map,diagnostics:[]};let s=pt(t.input.config,e,i.cacheDir),[{fsSourceCache:r},{networkFetcher:a}]=await Promise.all([import("./source-cache-YIFGDBL5.mjs"),import("./source-fetcher-CA6JZIXS.mjs")]);return ni(o,{fetcher:i.offline||s.offline?void 0:a({timeoutMs:s.timeoutMs,env:i.env??process.env}),cache:r(s.cacheDir),policy:{offline:!!i.offline||s.offline,ttlSeconds:s.ttlSeconds,now:i.now??new Date},concurrency:s.concurrency,locked:n})}import{spawnSync as Si}from"node:child_process";import{existsSync as pr}from"node:fs";import{dirname as ji,join as cr,resolve as mr}from"node:path";var lr=/^0+$/,dr=new Set(["100644","100755"]);function xi(t,e){let i=ur(t,e.rev??"HEAD");if("kind"in i)return i;let{prefix:n,shallow:o,head:s}=i,r=ae(t,["-c","log.showSignature=false","log","--first-parent","-m","--reverse","--raw","--no-renames","--no-abbrev","-z","--no-color","--format=%H %ct",s,"--","."]);if(r.status!==0)return{kind:"failed",message:qe(r.stderr)};let a=fr(r.stdout,n,e.accept),p=new Set;for(let u of a)for(let l of u.changes)l.blob&&p.add(l.blob);let m=e.knownTexts,c=hr(t,m?[...p].filter(u=>!m.has(u)):[...p]);if(typeof c=="string")return{kind:"failed",message:c};if(!m)return{kind:"history",history:{head:s,shallow:o,commits:a,texts:c}};for(let[u,l]of c)m.set(u,l);let d=new Map;for(let u of p)d.set(u,m.get(u));return{kind:"history",history:{head:s,shallow:o,commits:a,texts:d}}}function ur(t,e){if(!process.env.GIT_DIR&&!ki(t))return{kind:"none",reason:"not a git repository"};let i=ae(t,["rev-parse","--show-prefix","--is-shallow-repository","--verify","--quiet",`${e}^{commit}`]);if(i.status===0){let[a,p,m]=i.stdout.split(`
`);return{prefix:a,shallow:p==="true",head:m}}let n=ae(t,["rev-parse","--show-prefix","--is-shallow-repository"]);if(n.status==="missing")return ki(t)?{kind:"failed",message:"git is not installed"}:{kind:"none",reason:"not a git repository"};if(n.status!==0)return/not a git repository/i.test(n.stderr)?{kind:"none",reason:"not a git repository"}:{kind:"failed",message:qe(n.stderr)};let[o,s]=n.stdout.split(`
`);if(ae(t,["rev-parse","--verify","--quiet",e]).status!==0)return e==="HEAD"?{kind:"none",reason:"the repository has no commits yet"}:{kind:"failed",message:`unknown revision ${e}`};let r=ae(t,["rev-parse","--verify",`${e}^{commit}`]);return r.status!==0?{kind:"failed",message:qe(r.stderr)}:{prefix:o??"",shallow:s==="true",head:r.stdout.trim()}}function fr(t,e,i){let n=[],o=t.split("\0"),s;for(let r=0;r<o.length;r++){let a=o[r].replace(/^\n/,"");if(a==="")continue;if(a.startsWith(":")){let c=o[++r];if(!s||c===void 0||!c.startsWith(e))continue;let d=c.slice(e.length);if(!i(d))continue;let[,u,,l]=a.slice(1).split(" "),f={path:d};!lr.test(l)&&dr.has(u)&&(f.blob=l),s.changes.push(f);continue}let[p,m]=a.split(" ");s={sha:p,time:Number(m),changes:[]},n.push(s)}return n.filter(r=>r.changes.length>0)}function hr(t,e,i=new TextDecoder){let n=new Map;if(e.length===0)return n;let o=Si("git",["cat-file","--batch"],{cwd:t,input:`${e.join(`
`)}
`,maxBuffer:Number.MAX_SAFE_INTEGER,env:Mi(),timeout:12e4});if(o.error)return`could not run git: ${o.error.message}`;if(o.status!==0||!o.stdout)return qe(o.stderr?.toString()??"git cat-file failed");let s=o.stdout,r=0;for(let a of e){let p=s.indexOf(10,r);if(p<0)return"git cat-file: truncated output";let m=s.toString("latin1",r,p).split(" ");if(m[1]!=="blob")return`git cat-file: ${m.join(" ")}`;let c=Number(m[2]);n.set(a,i.decode(s.subarray(p+1,p+1+c))),r=p+1+c+1}return n}function ki(t){for(let e=mr(t);;e=ji(e)){if(pr(cr(e,".git")))return!0;if(ji(e)===e)return!1}}function ae(t,e){let i=Si("git",e,{cwd:t,encoding:"utf8",maxBuffer:Number.MAX_SAFE_INTEGER,env:Mi()});return i.error&&i.error.code==="ENOENT"?{status:"missing",stdout:"",stderr:""}:{status:i.status??1,stdout:i.stdout??"",stderr:i.stderr??""}}function Mi(){return{...process.env,GIT_PAGER:"cat",GIT_TERMINAL_PROMPT:"0",LC_ALL:"C",LANGUAGE:"C"}}function qe(t){return t.trim().split(`
`)[0]||"git failed"}var yr=t=>`worktree:${t}`,ct=class{constructor(e,i,n=new z(i)){this.texts=e;this.digester=n}texts;digester;blobDigests=new Map;files=new Map;locations=new Map;objects=new Map;head;commitCount=0;apply(e){this.applyChanges(e.changes,{commit:e.sha,time:e.time}),this.head=e.sha,this.commitCount++}applyWorktree(e){let i=[],n=new Set;for(let o of e){n.add(o.path);let s=this.files.get(o.path);if(s!==void 0&&this.texts.get(s)===o.text)continue;let r=yr(o.path);this.texts.set(r,o.text),i.push({path:o.path,blob:r})}for(let o of this.files.keys())n.has(o)||i.push({path:o});this.applyChanges(i,{uncommitted:!0})}result(){let e=this.texts;return{objects:this.objects,head:this.head,commitCount:this.commitCount,text:i=>e.get(i)}}applyChanges(e,i){let n=new Set;for(let{path:o,blob:s}of e){let r=this.files.get(o);if(r!==void 0){for(let a of this.digestsOf(r))this.locations.get(a.key)?.delete(o),n.add(a.key);this.files.delete(o)}if(s!==void 0){this.files.set(o,s);for(let a of this.digestsOf(s,r)){let p=this.locations.get(a.key);p||this.locations.set(a.key,p=new Set),p.add(o),n.add(a.key)}}}for(let o of n)this.update(o,i)}update(e,i){let n=this.locations.get(e),o=this.objects.get(e);if(!n||n.size===0){o&&(o.alive=!1);return}let s=n.size===1?n.values().next().value:[...n].sort(M)[0],r=this.files.get(s),a=this.digestsOf(r).find(d=>d.key===e),p=o??{key:e,id:a.id,revisions:[],alive:!0};o||this.objects.set(e,p),p.alive=!0;let m=p.revisions[p.revisions.length-1];if(m&&m.hash===a.hash)return;let c={number:p.revisions.length+1,hash:a.hash,path:s,blob:r};a.version&&(c.version=a.version),i.commit&&(c.commit=i.commit),i.time!==void 0&&(c.time=i.time),i.uncommitted&&(c.uncommitted=!0),p.revisions.push(c)}digestsOf(e,i){let n=this.blobDigests.get(e);if(!n){let o=i===void 0?void 0:this.blobDigests.get(i);n=this.digester.fileVersion(this.texts.get(e)??"",o),this.blobDigests.set(e,n)}return n.objects}};function Ri(t,e,i,n,o){let s=new ct(e,i,o);for(let r of t)s.apply(r);return n&&s.applyWorktree(n),s.result()}var gr="each object's current content is its only revision (v1)",$p=()=>({texts:new Map,digesters:new Map});function wi(t,e,i,n,o,s){let r=xi(t,{accept:fe(e,i),rev:o,knownTexts:s?.texts});if(r.kind==="none")return{diagnostics:[T("no-history",`${r.reason}: ${gr}`)]};if(r.kind==="failed")return{diagnostics:[j("no-history",`could not read the git history: ${r.message}`,void 0,"fix the repository, or pass --no-history to use each object's current content as its only revision")]};let{head:a,shallow:p,commits:m,texts:c}=r.history,d=s?.digesters.get(e.systemNamespace);s&&!d&&s.digesters.set(e.systemNamespace,d=new z(e.systemNamespace));let u=Ri(m,c,e.systemNamespace,n,d),l=[];return p&&l.push(D("shallow-history",`this is a shallow clone: revisions are read from ${Yt(m.length,"commit")} only, so basic revision numbers cannot be counted and old versions may be missing`,void 0,"fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)")),{history:{index:u,truncated:p},sourceCommit:a,diagnostics:l}}import{existsSync as br,readFileSync as vr}from"node:fs";import{join as Pr,resolve as jr}from"node:path";var kr="out/rendered";function Di(t,e){return jr(t??Pr(e??kr,bt))}function Ni(t){if(!br(t))return{diagnostic:j("lock-missing",`--locked: there is no lock file at ${t}`,void 0,"render once without --locked, or pass --lock-file PATH")};let e;try{e=vr(t,"utf8")}catch(n){return{diagnostic:j("lock-invalid",`--locked: cannot read ${t}: ${n.message}`)}}let i=Pt(e);return"problem"in i?{diagnostic:j("lock-invalid",`--locked: ${t} is not a usable hubcast lock: ${i.problem}`,{file:t,line:1,column:1},"delete it and render without --locked to write a new one (or restore it from git), or pass --lock-file PATH to a good lock")}:i.lock.references?{lock:i.lock}:{lock:i.lock,diagnostic:j("lock-outdated",`--locked: ${t} records no spec references (the Environment, WorkloadProfile, ProfileBundle and definition revisions each reference resolved to): it was written by an older hubcast${i.lock.hubcastVersion?` (${String(i.lock.hubcastVersion)})`:""}`,{file:t,line:1,column:1},"render once without --locked to record them in the lock, then commit the new lock")}}async function Yp(t){let e=mt(t.repo);if(!Rr(e)||!Dr(e).isDirectory())return $i([j("repo-not-found",`repository folder ${t.repo} does not exist`,void 0,"pass --repo DIR pointing at your spec repository")]);let i=[],n=await $r({dir:e,configFile:()=>ln(e),renderRoots:()=>i=un(e),files:(s,r)=>Ge(e,s,r,new Set(i))},t);if(t.specsOptional||Nr(n)!==0)return n;let o=j("no-specs",`no specs found in ${t.repo}: no file holds a spectrocloud.com/v1beta1 object`,void 0,"point --repo (the Action: the repo input) at the folder of your spec YAML files; to remove everything hubcast delivered, delete the generated branch");return{...n,ok:!1,diagnostics:X([...n.diagnostics,o])}}function Nr(t){if(!(!t.repo||N(t.diagnostics)))return Object.values(t.repo.specs).reduce((e,i)=>e+i.length,0)}async function $r(t,e){let{config:i,diagnostics:n}=At(t.configFile());if(N(n))return $i(n);let o=pt(i,t.dir,e.cacheDir).cacheDir,s=t.renderRoots?.()??[],r=[...Je(t.dir,e.out),...Je(t.dir,o),...s.map(on)],a=t.files(i,r);e.history!==!1&&e.onStage?.("history");let p=e.history===!1?{diagnostics:[]}:wi(t.dir,i,r,a,t.rev,e.historyCache);e.inventory&&a.push(...Tr(t.dir,e.inventory,i,a));let m=bn(i.systemNamespace),c=s.map(S=>T("render-skipped",`${S}/ holds a hubcast render (${He}, or a lock beside a kustomization.yaml); its files are not read as specs`)),d=[...n,...c,...p.diagnostics,...m.diagnostics],u=e.now instanceof Date?e.now.getTime():e.now,l=e.locked?Ni(Di(e.lockFile,e.out)):void 0,f=di({files:a,config:i,stockDefinitions:m.definitions,layout:e.layout,emit:e.emit,now:u,requireReady:e.requireReady,history:p.history,sourceCommit:e.sourceCommit??p.sourceCommit,lockedReferences:l?.lock?.references,onStage:e.onStage,memo:e.memo,into:N(d)?void 0:e.into});ui(f)&&await Ht();let h=fi(f);await Promise.all([Gt(hi(h)),yi(h)?Bt():void 0]);let g=gi(h);g.sources.requests.length&&e.onStage?.("sources");let y={...e,now:u===void 0?void 0:new Date(u)},P=l&&!l.lock?{resolutions:new Map,diagnostics:[]}:await Pi(g,t.dir,y,l&&(l.lock?.sources??{}));l?.diagnostic&&P.diagnostics.push(l.diagnostic);let b=bi(g,P.resolutions,P.diagnostics);return{...b,diagnostics:X([...d,...b.diagnostics]),ok:b.ok&&!N(d)}}function Tr(t,e,i,n){let o=mt(e),s=Ge(o,{...i,include:["**/*.yaml","**/*.yml","**/*.json"],exclude:[]}),r=new Set(n.map(u=>u.fileId).filter(Boolean)),a=new Set(n.map(u=>u.path)),p=u=>{try{return wr(u)}catch{return mt(u)}},m=xr(p(t),p(o)).split(Mr).join("/"),c=!m.startsWith("..")&&!Sr(m),d=[];for(let u of s){let l=c?m?`${m}/${u.path}`:u.path:void 0;r.has(u.fileId)||l&&a.has(l)||d.push({path:l??`${e.replace(/\/$/,"")}/${u.path}`,text:u.text})}return d}function $i(t){return{diagnostics:t,ok:!1,layout:"replicaset"}}export{hr as a,Vr as b,_e as c,Xn as d,Ce as e,pi as f,lp as g,$p as h,ln as i,Yp as j,Nr as k,$r as l};
//# sourceMappingURL=chunk-ZMZH2VV7.mjs.map
