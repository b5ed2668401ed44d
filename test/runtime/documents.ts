// Realistic valid runtime-spec documents that rule cases edit one defect into. RUNTIME_CONFIG is what
// `runc spec` writes (runc 1.1), re-indented, with a small seccomp profile so that it is clean under
// every rule, including the security ones.

export const RUNTIME_CONFIG = `{
  "ociVersion": "1.0.2-dev",
  "process": {
    "terminal": true,
    "user": {
      "uid": 0,
      "gid": 0
    },
    "args": [
      "sh"
    ],
    "env": [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "TERM=xterm"
    ],
    "cwd": "/",
    "capabilities": {
      "bounding": [
        "CAP_AUDIT_WRITE",
        "CAP_KILL",
        "CAP_NET_BIND_SERVICE"
      ],
      "effective": [
        "CAP_AUDIT_WRITE",
        "CAP_KILL",
        "CAP_NET_BIND_SERVICE"
      ],
      "permitted": [
        "CAP_AUDIT_WRITE",
        "CAP_KILL",
        "CAP_NET_BIND_SERVICE"
      ],
      "ambient": [
        "CAP_AUDIT_WRITE",
        "CAP_KILL",
        "CAP_NET_BIND_SERVICE"
      ]
    },
    "rlimits": [
      {
        "type": "RLIMIT_NOFILE",
        "hard": 1024,
        "soft": 1024
      }
    ],
    "noNewPrivileges": true
  },
  "root": {
    "path": "rootfs",
    "readonly": true
  },
  "hostname": "runc",
  "mounts": [
    {
      "destination": "/proc",
      "type": "proc",
      "source": "proc"
    },
    {
      "destination": "/dev",
      "type": "tmpfs",
      "source": "tmpfs",
      "options": [
        "nosuid",
        "strictatime",
        "mode=755",
        "size=65536k"
      ]
    },
    {
      "destination": "/dev/pts",
      "type": "devpts",
      "source": "devpts",
      "options": [
        "nosuid",
        "noexec",
        "newinstance",
        "ptmxmode=0666",
        "mode=0620",
        "gid=5"
      ]
    },
    {
      "destination": "/sys",
      "type": "sysfs",
      "source": "sysfs",
      "options": [
        "nosuid",
        "noexec",
        "nodev",
        "ro"
      ]
    }
  ],
  "linux": {
    "resources": {
      "devices": [
        {
          "allow": false,
          "access": "rwm"
        }
      ]
    },
    "namespaces": [
      {
        "type": "pid"
      },
      {
        "type": "network"
      },
      {
        "type": "ipc"
      },
      {
        "type": "uts"
      },
      {
        "type": "mount"
      }
    ],
    "seccomp": {
      "defaultAction": "SCMP_ACT_ERRNO",
      "defaultErrnoRet": 1,
      "architectures": [
        "SCMP_ARCH_X86_64",
        "SCMP_ARCH_X86",
        "SCMP_ARCH_X32"
      ],
      "syscalls": [
        {
          "names": [
            "read",
            "write",
            "exit_group"
          ],
          "action": "SCMP_ACT_ALLOW"
        }
      ]
    },
    "maskedPaths": [
      "/proc/kcore",
      "/proc/keys",
      "/sys/firmware"
    ],
    "readonlyPaths": [
      "/proc/bus",
      "/proc/fs",
      "/proc/sys",
      "/proc/sysrq-trigger"
    ]
  }
}
`;

/** A process-isolated Windows Server container, as containerd writes one. */
export const WINDOWS_CONFIG = `{
  "ociVersion": "1.1.0",
  "process": {
    "user": {
      "username": "ContainerUser"
    },
    "args": [
      "cmd",
      "/S",
      "/C",
      "ping -t localhost"
    ],
    "cwd": "C:\\\\"
  },
  "root": {
    "path": "\\\\\\\\?\\\\Volume{ec84d99e-3f02-11e7-ac6c-00155d7682cf}\\\\"
  },
  "mounts": [
    {
      "destination": "C:\\\\data",
      "source": "C:\\\\ProgramData\\\\app",
      "options": [
        "ro"
      ]
    }
  ],
  "windows": {
    "layerFolders": [
      "C:\\\\ProgramData\\\\containerd\\\\snapshots\\\\2"
    ],
    "resources": {
      "cpu": {
        "maximum": 5000
      }
    }
  }
}
`;

/** `runc state` of a running container. */
export const RUNTIME_STATE = `{
  "ociVersion": "1.0.2-dev",
  "id": "web-1",
  "status": "running",
  "pid": 4422,
  "bundle": "/run/containers/web-1",
  "annotations": {
    "com.example.team": "platform"
  }
}
`;

/** The start of `runc features` (runc 1.1). */
export const RUNTIME_FEATURES = `{
  "ociVersionMin": "1.0.0",
  "ociVersionMax": "1.0.2-dev",
  "hooks": [
    "prestart",
    "createRuntime",
    "createContainer",
    "startContainer",
    "poststart",
    "poststop"
  ],
  "mountOptions": [
    "bind",
    "ro",
    "rw"
  ],
  "linux": {
    "namespaces": [
      "cgroup",
      "ipc",
      "mount",
      "network",
      "pid",
      "user",
      "uts"
    ],
    "cgroup": {
      "v1": true,
      "v2": true,
      "systemd": true,
      "systemdUser": true
    },
    "seccomp": {
      "enabled": true,
      "actions": [
        "SCMP_ACT_ALLOW",
        "SCMP_ACT_ERRNO"
      ]
    },
    "apparmor": {
      "enabled": true
    },
    "selinux": {
      "enabled": true
    }
  },
  "annotations": {
    "io.github.seccomp.libseccomp.version": "2.5.4",
    "org.opencontainers.runc.commit": "1.1.5+ds1-1+deb12u1",
    "org.opencontainers.runc.version": "1.1.5+ds1"
  }
}
`;
