package cn.wenshui.compensation.audit;

/** How much a finding matters: ERROR must be corrected, WARNING needs a look, INFO is for the record. */
public enum Severity {
    ERROR, WARNING, INFO
}
