import QtQml
{}
