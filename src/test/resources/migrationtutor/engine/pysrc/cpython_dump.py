"""Prints CPython's ast of each file named on stdin in AstDump's S-expression form.

Used by CpythonComparisonTest. For each path read from stdin (one per line) prints
"=== path", then either the dump (one top-level statement per line) or
"ERROR <type>|<line>|<offset>|<message>", then "=== end".
"""
import ast
import struct
import sys

BIN = {'Add': 'ADD', 'Sub': 'SUB', 'Mult': 'MULT', 'MatMult': 'MAT_MULT', 'Div': 'DIV',
       'Mod': 'MOD', 'Pow': 'POW', 'LShift': 'LSHIFT', 'RShift': 'RSHIFT', 'BitOr': 'BIT_OR',
       'BitXor': 'BIT_XOR', 'BitAnd': 'BIT_AND', 'FloorDiv': 'FLOOR_DIV',
       'Invert': 'INVERT', 'Not': 'NOT', 'UAdd': 'UADD', 'USub': 'USUB', 'And': 'AND',
       'Or': 'OR', 'Eq': 'EQ', 'NotEq': 'NOT_EQ', 'Lt': 'LT', 'LtE': 'LT_E', 'Gt': 'GT',
       'GtE': 'GT_E', 'Is': 'IS', 'IsNot': 'IS_NOT', 'In': 'IN', 'NotIn': 'NOT_IN'}


def quote(s):
    out = ['"']
    for c in s:
        if c in '"\\':
            out.append('\\' + c)
        elif ' ' <= c <= '~':
            out.append(c)
        else:
            units = c.encode('utf-16-le', 'surrogatepass')
            for i in range(0, len(units), 2):
                out.append('\\u%04x' % (units[i] | units[i + 1] << 8))
    out.append('"')
    return ''.join(out)


class Dumper:
    def __init__(self, lines):
        self.lines = lines

    def col(self, line, offset):
        text = self.lines[line - 1].encode('utf-8', 'surrogatepass')
        return len(text[:offset].decode('utf-8', 'surrogatepass')) + 1

    def pos(self, n):
        return '%d:%d-%d:%d' % (n.lineno, self.col(n.lineno, n.col_offset), n.end_lineno,
                                self.col(n.end_lineno, n.end_col_offset))

    def node(self, kind, n, *fields):
        head = '(' + kind + (' ' + (self.pos(n) if n is not None else '?'))
        return head + ''.join(' ' + f for f in fields) + ')'

    def lst(self, items):
        return '[' + ' '.join(self.d(i) for i in items) + ']'

    def opt(self, x):
        return '_' if x is None else self.d(x)

    def name(self, s):
        return '_' if s is None else quote(s)

    def body(self, b):
        return self.lst(b)

    def params(self, a):
        posargs = a.posonlyargs + a.args
        defaults = [None] * (len(posargs) - len(a.defaults)) + list(a.defaults)
        def param(arg, default):
            return self.node('Param', arg, quote(arg.arg), self.opt(arg.annotation),
                             self.opt(default))
        po = [param(x, defaults[i]) for i, x in enumerate(a.posonlyargs)]
        rg = [param(x, defaults[len(a.posonlyargs) + i]) for i, x in enumerate(a.args)]
        kw = [param(x, a.kw_defaults[i]) for i, x in enumerate(a.kwonlyargs)]
        va = param(a.vararg, None) if a.vararg else '_'
        ka = param(a.kwarg, None) if a.kwarg else '_'
        return '(Params [%s] [%s] %s [%s] %s)' % (' '.join(po), ' '.join(rg), va, ' '.join(kw), ka)

    def d(self, n):
        k = type(n).__name__
        f = getattr(self, 'd_' + k, None)
        if f:
            return f(n)
        raise ValueError('no dumper for ' + k)

    # statements
    def d_Import(self, n): return self.node('Import', n, self.lst(n.names))
    def d_ImportFrom(self, n):
        return self.node('ImportFrom', n, self.name(n.module), self.lst(n.names), str(n.level))
    def d_alias(self, n): return self.node('Alias', n, quote(n.name), self.name(n.asname))
    def d_Assign(self, n): return self.node('Assign', n, self.lst(n.targets), self.d(n.value))
    def d_AugAssign(self, n):
        return self.node('AugAssign', n, self.d(n.target), BIN[type(n.op).__name__], self.d(n.value))
    def d_AnnAssign(self, n):
        return self.node('AnnAssign', n, self.d(n.target), self.d(n.annotation), self.opt(n.value),
                         'true' if n.simple else 'false')
    def d_Expr(self, n): return self.node('ExprStmt', n, self.d(n.value))
    def d_Pass(self, n): return self.node('Pass', n)
    def d_Break(self, n): return self.node('Break', n)
    def d_Continue(self, n): return self.node('Continue', n)
    def d_Return(self, n): return self.node('Return', n, self.opt(n.value))
    def d_Raise(self, n): return self.node('Raise', n, self.opt(n.exc), self.opt(n.cause))
    def d_Global(self, n): return self.node('Global', n, '[' + ' '.join(map(quote, n.names)) + ']')
    def d_Nonlocal(self, n): return self.node('Nonlocal', n, '[' + ' '.join(map(quote, n.names)) + ']')
    def d_Delete(self, n): return self.node('Delete', n, self.lst(n.targets))
    def d_Assert(self, n): return self.node('Assert', n, self.d(n.test), self.opt(n.msg))
    def d_If(self, n): return self.node('If', n, self.d(n.test), self.body(n.body), self.body(n.orelse))
    def d_While(self, n): return self.node('While', n, self.d(n.test), self.body(n.body), self.body(n.orelse))
    def d_For(self, n, a='false'):
        return self.node('For', n, self.d(n.target), self.d(n.iter), self.body(n.body),
                         self.body(n.orelse), a)
    def d_AsyncFor(self, n): return self.d_For(n, 'true')
    def d_Try(self, n, star='false'):
        return self.node('Try', n, self.body(n.body), self.lst(n.handlers), self.body(n.orelse),
                         self.body(n.finalbody), star)
    def d_TryStar(self, n): return self.d_Try(n, 'true')
    def d_ExceptHandler(self, n):
        return self.node('ExceptHandler', n, self.opt(n.type), self.name(n.name), self.body(n.body))
    def d_With(self, n, a='false'): return self.node('With', n, self.lst(n.items), self.body(n.body), a)
    def d_AsyncWith(self, n): return self.d_With(n, 'true')
    def d_withitem(self, n):
        return self.node('WithItem', None, self.d(n.context_expr), self.opt(n.optional_vars))
    def d_FunctionDef(self, n, a='false'):
        return self.node('FunctionDef', n, quote(n.name), self.params(n.args),
                         self.lst(n.decorator_list), self.opt(n.returns), self.body(n.body), a)
    def d_AsyncFunctionDef(self, n): return self.d_FunctionDef(n, 'true')
    def d_ClassDef(self, n):
        return self.node('ClassDef', n, quote(n.name), self.lst(n.bases), self.lst(n.keywords),
                         self.lst(n.decorator_list), self.body(n.body))
    def d_keyword(self, n): return self.node('Keyword', n, self.name(n.arg), self.d(n.value))

    # expressions
    def d_Name(self, n): return self.node('Name', n, quote(n.id))
    def d_Constant(self, n):
        v = n.value
        if isinstance(v, bool): kind, s = ('TRUE', 'true') if v else ('FALSE', 'false')
        elif v is None: kind, s = 'NONE', '_'
        elif v is Ellipsis: kind, s = 'ELLIPSIS', '_'
        elif isinstance(v, str): kind, s = 'STR', quote(v)
        elif isinstance(v, bytes): kind, s = 'BYTES', quote(v.decode('latin-1'))
        elif isinstance(v, int): kind, s = 'INT', str(v)
        elif isinstance(v, float): kind, s = 'FLOAT', 'd:%d' % struct.unpack('<q', struct.pack('<d', v))[0]
        elif isinstance(v, complex): kind, s = 'COMPLEX', 'd:%d' % struct.unpack('<q', struct.pack('<d', v.imag))[0]
        return self.node('Constant', n, kind, s)
    def d_JoinedStr(self, n): return self.node('JoinedStr', n, self.lst(n.values))
    def d_FormattedValue(self, n):
        return self.node('FormattedValue', n, self.d(n.value), str(n.conversion), self.opt(n.format_spec))
    def d_Attribute(self, n): return self.node('Attribute', n, self.d(n.value), quote(n.attr))
    def d_Subscript(self, n): return self.node('Subscript', n, self.d(n.value), self.d(n.slice))
    def d_Slice(self, n): return self.node('Slice', n, self.opt(n.lower), self.opt(n.upper), self.opt(n.step))
    def d_Call(self, n): return self.node('Call', n, self.d(n.func), self.lst(n.args), self.lst(n.keywords))
    def d_BinOp(self, n):
        return self.node('BinOp', n, self.d(n.left), BIN[type(n.op).__name__], self.d(n.right))
    def d_UnaryOp(self, n): return self.node('UnaryOp', n, BIN[type(n.op).__name__], self.d(n.operand))
    def d_BoolOp(self, n): return self.node('BoolOp', n, BIN[type(n.op).__name__], self.lst(n.values))
    def d_Compare(self, n):
        ops = '[' + ' '.join(BIN[type(o).__name__] for o in n.ops) + ']'
        return self.node('Compare', n, self.d(n.left), ops, self.lst(n.comparators))
    def d_IfExp(self, n): return self.node('IfExp', n, self.d(n.test), self.d(n.body), self.d(n.orelse))
    def d_Lambda(self, n): return self.node('Lambda', n, self.params(n.args), self.d(n.body))
    def d_NamedExpr(self, n): return self.node('NamedExpr', n, self.d(n.target), self.d(n.value))
    def d_List(self, n): return self.node('List', n, self.lst(n.elts))
    def d_Tuple(self, n): return self.node('Tuple', n, self.lst(n.elts))
    def d_Set(self, n): return self.node('Set', n, self.lst(n.elts))
    def d_Dict(self, n):
        entries = [self.node('DictEntry', None, self.opt(k), self.d(v)) for k, v in zip(n.keys, n.values)]
        return self.node('Dict', n, '[' + ' '.join(entries) + ']')
    def d_ListComp(self, n): return self.node('ListComp', n, self.d(n.elt), self.lst(n.generators))
    def d_SetComp(self, n): return self.node('SetComp', n, self.d(n.elt), self.lst(n.generators))
    def d_GeneratorExp(self, n): return self.node('GeneratorExp', n, self.d(n.elt), self.lst(n.generators))
    def d_DictComp(self, n):
        return self.node('DictComp', n, self.d(n.key), self.d(n.value), self.lst(n.generators))
    def d_comprehension(self, n):
        return self.node('Comprehension', None, self.d(n.target), self.d(n.iter), self.lst(n.ifs),
                         'true' if n.is_async else 'false')
    def d_Await(self, n): return self.node('Await', n, self.d(n.value))
    def d_Yield(self, n): return self.node('Yield', n, self.opt(n.value))
    def d_YieldFrom(self, n): return self.node('YieldFrom', n, self.d(n.value))
    def d_Starred(self, n): return self.node('Starred', n, self.d(n.value))


def dump_source(data):
    text = data.decode('utf-8-sig')
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    try:
        tree = ast.parse(text)
    except SyntaxError as e:
        return ['ERROR %s|%s|%s|%s' % (type(e).__name__, e.lineno, e.offset, e.msg)]
    except (ValueError, MemoryError, RecursionError) as e:
        return ['ERROR %s|0|0|%s' % (type(e).__name__, e)]
    d = Dumper(text.split('\n'))
    return [d.d(s) for s in tree.body]


def main():
    for path in sys.stdin.read().splitlines():
        print('=== ' + path)
        with open(path, 'rb') as f:
            data = f.read()
        try:
            lines = dump_source(data)
        except Exception as e:  # a dumper gap shows up as a difference, not a crash
            lines = ['DUMPER-FAILED %s' % e]
        for line in lines:
            print(line)
        print('=== end')


if __name__ == '__main__':
    main()
