"""A PEP 517 build backend in the standard library alone, for a pure-Python package.

`pip install ./python` then needs nothing from an index: no setuptools, no wheel, no network (a
virtual environment on a machine without one installs it as well). It builds the wheel from
mechgraph/*.py and the metadata in pyproject.toml's [project] table, read with tomllib (Python
3.11) or, before 3.11, by the few lines of that table this file's own pyproject.toml uses.
"""

import base64
import csv
import hashlib
import io
import os
import re
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "mechgraph"


def _project():
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        text = f.read()
    try:
        import tomllib
        return tomllib.loads(text.decode("utf-8"))["project"]
    except ImportError:  # Python < 3.11: the simple "key = value" strings of [project]
        project, section = {}, None
        for line in text.decode("utf-8").splitlines():
            m = re.match(r"^\[(.+)\]$", line.strip())
            if m:
                section = m.group(1)
            elif section == "project":
                m = re.match(r'^(\w[\w-]*)\s*=\s*"(.*)"$', line.strip())
                if m:
                    project[m.group(1)] = m.group(2)
        return project


def _metadata(project):
    lines = ["Metadata-Version: 2.1", f"Name: {project['name']}", f"Version: {project['version']}",
             f"Summary: {project.get('description', '')}", f"Requires-Python: {project.get('requires-python', '>=3')}"]
    for extra, requirements in project.get("optional-dependencies", {}).items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {r}; extra == "{extra}"' for r in requirements]
    readme = os.path.join(ROOT, "README.md")
    if os.path.exists(readme):
        lines.append("Description-Content-Type: text/markdown")
        with open(readme, encoding="utf-8") as f:
            return "\n".join(lines) + "\n\n" + f.read()
    return "\n".join(lines) + "\n"


def _files():
    directory = os.path.join(ROOT, PACKAGE)
    for name in sorted(os.listdir(directory)):
        if name.endswith(".py") or ".so" in name:
            with open(os.path.join(directory, name), "rb") as f:
                yield f"{PACKAGE}/{name}", f.read()


def _record_hash(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _dist_info(project):
    return f"{project['name']}-{project['version']}.dist-info"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    project = _project()
    info = os.path.join(metadata_directory, _dist_info(project))
    os.makedirs(info, exist_ok=True)
    with open(os.path.join(info, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata(project))
    return _dist_info(project)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _project()
    # pure Python: the libraries are found at run time, not linked (a wheel that bundles them
    # beside the package is still py3-none, as they are loaded by path)
    name = f"{project['name']}-{project['version']}-py3-none-any.whl"
    info = _dist_info(project)
    entries = list(_files())
    entries.append((f"{info}/METADATA", _metadata(project).encode("utf-8")))
    entries.append((f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: mechgraph_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"))
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for path, data in entries:
        writer.writerow([path, _record_hash(data), len(data)])
    writer.writerow([f"{info}/RECORD", "", ""])
    entries.append((f"{info}/RECORD", record.getvalue().encode("utf-8")))
    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in entries:
            z.writestr(zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return name


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    base = f"{project['name']}-{project['version']}"
    name = f"{base}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz") as tar:
        for path in ["pyproject.toml", "README.md", "_build/mechgraph_build.py"] + [p for p, _ in _files()]:
            if os.path.exists(os.path.join(ROOT, path)):
                tar.add(os.path.join(ROOT, path), arcname=f"{base}/{path}")
    return name
