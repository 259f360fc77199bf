import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);
import"./chunk-SWNFK4JW.mjs";var h={e702b5258f4ada61c99c04d3662ea45df4e14c1d:{spec:{0:function(t,c,o,r,l,u,s){var a,e=c??(t.nullContext||{}),n=t.lookupProperty||function(i,m){if(Object.prototype.hasOwnProperty.call(i,m))return i[m]};return((a=n(o,"if").call(e,n(o,"eq").call(e,n(o,"length").call(e,n(o,"uniq").call(e,n(o,"values").call(e,n(o,"get").call(e,n(s[1],"properties"),"http",{name:"get",hash:{},data:l,loc:{start:{line:11,column:32},end:{line:11,column:50}}}),{name:"values",hash:{},data:l,loc:{start:{line:11,column:24},end:{line:11,column:51}}}),{name:"uniq",hash:{},data:l,loc:{start:{line:11,column:18},end:{line:11,column:52}}}),{name:"length",hash:{},data:l,loc:{start:{line:11,column:10},end:{line:11,column:53}}}),1,{name:"eq",hash:{},data:l,loc:{start:{line:11,column:6},end:{line:11,column:56}}}),{name:"if",hash:{},fn:t.program(1,l,0,u,s),inverse:t.program(2,l,0,u,s),data:l,loc:{start:{line:11,column:0},end:{line:16,column:7}}}))!=null?a:"")+"      targetPort: "+((a=n(o,"json").call(e,c,{name:"json",hash:{},data:l,loc:{start:{line:17,column:18},end:{line:17,column:31}}}))!=null?a:"")+`
`},1:function(t,c,o,r,l){var u,s=t.lookupProperty||function(a,e){if(Object.prototype.hasOwnProperty.call(a,e))return a[e]};return"    - port: "+((u=s(o,"json").call(c??(t.nullContext||{}),c,{name:"json",hash:{},data:l,loc:{start:{line:12,column:12},end:{line:12,column:25}}}))!=null?u:"")+`
`},2:function(t,c,o,r,l){var u,s=c??(t.nullContext||{}),a=t.lookupProperty||function(e,n){if(Object.prototype.hasOwnProperty.call(e,n))return e[n]};return"    - name: "+((u=a(o,"json").call(s,a(o,"concat").call(s,"port-",c,{name:"concat",hash:{},data:l,loc:{start:{line:14,column:19},end:{line:14,column:40}}}),{name:"json",hash:{},data:l,loc:{start:{line:14,column:12},end:{line:14,column:42}}}))!=null?u:"")+`
      port: `+((u=a(o,"json").call(s,c,{name:"json",hash:{},data:l,loc:{start:{line:15,column:12},end:{line:15,column:25}}}))!=null?u:"")+`
`},3:function(t,c,o,r,l,u,s){var a,e=c??(t.nullContext||{}),n=t.lookupProperty||function(i,m){if(Object.prototype.hasOwnProperty.call(i,m))return i[m]};return"          - path: "+((a=n(o,"json").call(e,n(c,"key"),{name:"json",hash:{},data:l,loc:{start:{line:34,column:18},end:{line:34,column:35}}}))!=null?a:"")+`
            pathType: ImplementationSpecific
            backend:
              service:
                name: `+((a=n(o,"json").call(e,n(s[1],"name"),{name:"json",hash:{},data:l,loc:{start:{line:38,column:22},end:{line:38,column:38}}}))!=null?a:"")+`
                port: { number: `+((a=n(o,"json").call(e,n(c,"value"),{name:"json",hash:{},data:l,loc:{start:{line:39,column:32},end:{line:39,column:51}}}))!=null?a:"")+` }
`},compiler:[8,">= 4.3.0"],main:function(t,c,o,r,l,u,s){var a,e=c??(t.nullContext||{}),n=t.lookupProperty||function(i,m){if(Object.prototype.hasOwnProperty.call(i,m))return i[m]};return`apiVersion: v1
kind: Service
metadata:
  name: `+((a=n(o,"json").call(e,n(c,"name"),{name:"json",hash:{},data:l,loc:{start:{line:4,column:8},end:{line:4,column:21}}}))!=null?a:"")+`
  namespace: `+((a=n(o,"json").call(e,n(o,"get").call(e,n(c,"context"),"workload","namespace",{name:"get",hash:{},data:l,loc:{start:{line:5,column:20},end:{line:5,column:46}}}),{name:"json",hash:{},data:l,loc:{start:{line:5,column:13},end:{line:5,column:48}}}))!=null?a:"")+`
  labels: `+((a=n(o,"json").call(e,n(o,"get").call(e,n(c,"context"),"labels","object",{name:"get",hash:{},data:l,loc:{start:{line:6,column:17},end:{line:6,column:38}}}),{name:"json",hash:{},data:l,loc:{start:{line:6,column:10},end:{line:6,column:40}}}))!=null?a:"")+`
spec:
  selector: `+((a=n(o,"json").call(e,n(o,"get").call(e,n(c,"context"),"labels","selector",{name:"get",hash:{},data:l,loc:{start:{line:8,column:19},end:{line:8,column:42}}}),{name:"json",hash:{},data:l,loc:{start:{line:8,column:12},end:{line:8,column:44}}}))!=null?a:"")+`
  ports:
`+((a=n(o,"each").call(e,n(o,"uniq").call(e,n(o,"values").call(e,n(o,"get").call(e,n(c,"properties"),"http",{name:"get",hash:{},data:l,loc:{start:{line:10,column:22},end:{line:10,column:37}}}),{name:"values",hash:{},data:l,loc:{start:{line:10,column:14},end:{line:10,column:38}}}),{name:"uniq",hash:{},data:l,loc:{start:{line:10,column:8},end:{line:10,column:39}}}),{name:"each",hash:{},fn:t.program(0,l,0,u,s),inverse:t.noop,data:l,loc:{start:{line:10,column:0},end:{line:18,column:9}}}))!=null?a:"")+`---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: `+((a=n(o,"json").call(e,n(c,"name"),{name:"json",hash:{},data:l,loc:{start:{line:23,column:8},end:{line:23,column:21}}}))!=null?a:"")+`
  namespace: `+((a=n(o,"json").call(e,n(o,"get").call(e,n(c,"context"),"workload","namespace",{name:"get",hash:{},data:l,loc:{start:{line:24,column:20},end:{line:24,column:46}}}),{name:"json",hash:{},data:l,loc:{start:{line:24,column:13},end:{line:24,column:48}}}))!=null?a:"")+`
  labels: `+((a=n(o,"json").call(e,n(o,"get").call(e,n(c,"context"),"labels","object",{name:"get",hash:{},data:l,loc:{start:{line:25,column:17},end:{line:25,column:38}}}),{name:"json",hash:{},data:l,loc:{start:{line:25,column:10},end:{line:25,column:40}}}))!=null?a:"")+`
  annotations:
    kubernetes.io/ingress.class: `+((a=n(o,"json").call(e,n(o,"get").call(e,n(c,"properties"),"class",{name:"get",hash:{},data:l,loc:{start:{line:27,column:40},end:{line:27,column:56}}}),{name:"json",hash:{},data:l,loc:{start:{line:27,column:33},end:{line:27,column:58}}}))!=null?a:"")+`
spec:
  rules:
    - host: `+((a=n(o,"json").call(e,n(o,"get").call(e,n(c,"properties"),"domain",{name:"get",hash:{},data:l,loc:{start:{line:30,column:19},end:{line:30,column:36}}}),{name:"json",hash:{},data:l,loc:{start:{line:30,column:12},end:{line:30,column:38}}}))!=null?a:"")+`
      http:
        paths:
`+((a=n(o,"each").call(e,n(o,"entries").call(e,n(o,"get").call(e,n(c,"properties"),"http",{name:"get",hash:{},data:l,loc:{start:{line:33,column:17},end:{line:33,column:32}}}),{name:"entries",hash:{},data:l,loc:{start:{line:33,column:8},end:{line:33,column:33}}}),{name:"each",hash:{},fn:t.program(3,l,0,u,s),inverse:t.noop,data:l,loc:{start:{line:33,column:0},end:{line:40,column:9}}}))!=null?a:"")},useData:!0,useDepths:!0},jsonArgs:[["4:8","name"],["5:13","context.workload.namespace"],["6:10","context.labels.object"],["8:12","context.labels.selector"],["12:12","this"],["14:12",'(concat "port-" this)'],["15:12","this"],["17:18","this"],["23:8","name"],["24:13","context.workload.namespace"],["25:10","context.labels.object"],["27:33","properties.class"],["30:12","properties.domain"],["34:18","this.key"],["38:22","../name"],["39:32","this.value"]]}};export{h as templates};
//# sourceMappingURL=trait-ingress-JQC6SPKH.mjs.map
